package be.burgerzaken.elections.api;

import java.util.List;

/** A polling station (stembureau / bureau de vote) with the street ranges assigned to it. */
public record StationInput(Integer number, String name, String address, Boolean accessible, Integer capacity,
                           Boolean electronic, List<RangeInput> ranges) {
}
