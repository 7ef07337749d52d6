package be.burgerzaken.elections.api;

import java.time.Instant;

/** The convocation-letter batch: status RUNNING, STOPPED, COMPLETED or FAILED, and progress done of total. */
public record LetterJobView(String id, String electionId, Integer stationNumber, String status, int total, int done,
                            Instant startedAt, String startedBy, Instant heartbeat, Instant finishedAt, String error,
                            long version) {
}
