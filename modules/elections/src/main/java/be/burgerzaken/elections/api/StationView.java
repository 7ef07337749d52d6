package be.burgerzaken.elections.api;

import java.util.List;

/** A polling station, its ranges and its load (voters on the list assigned to it, against its capacity). */
public record StationView(String id, int number, String name, String address, boolean accessible, int capacity,
                          boolean electronic, List<RangeInput> ranges, int voters, boolean overCapacity,
                          int requiredPollWorkers, long version) {
}
