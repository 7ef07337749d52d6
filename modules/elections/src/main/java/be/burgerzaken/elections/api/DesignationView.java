package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A poll worker's designation (aanwijzing / désignation) for an election: station, role, status DESIGNATED or IMPEDED
 * (with the impediment, the day it was received and the replacement), the designation letter's verification code.
 */
public record DesignationView(String id, String workerId, String personId, String name, int stationNumber, String role,
                             String status, LocalDate designatedOn, String impediment, LocalDate impedimentReceivedOn,
                             String replacedBy, String replaces, String letterCode, long version) {
}
