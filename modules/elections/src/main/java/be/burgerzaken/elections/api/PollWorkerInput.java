package be.burgerzaken.elections.api;

/**
 * A citizen added to the poll-worker pool: kind VOLUNTEER (offered to serve) or DESIGNATED (chosen by the court
 * president / justice of the peace); {@code services} = elections served before (for the exemption after two).
 */
public record PollWorkerInput(String personId, String kind, Integer services) {
}
