package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** A staff member in a session: ENROLLED, WAITING, CANCELLED or ATTENDED; the result and certificate of an attendance. */
public record EnrolmentView(UUID id, UUID sessionId, String courseCode, String courseTitle, LocalDateTime startsAt, UUID staffId, String userName, String displayName, String status, LocalDate attendedOn, String result, Integer score, String certificateCode, boolean revoked, long version) {
}
