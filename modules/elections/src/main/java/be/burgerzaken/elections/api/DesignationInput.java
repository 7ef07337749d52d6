package be.burgerzaken.elections.api;

/** A designation of a pool worker to a station in a role: CHAIR, SECRETARY, ASSESSOR, EXTRA_ASSESSOR, ASSISTANT_SECRETARY. */
public record DesignationInput(String workerId, Integer stationNumber, String role) {
}
