package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A session (sessie / session) with its enrolments and waiting list (in order). */
public record SessionView(UUID id, UUID courseId, String courseCode, String courseTitle, LocalDateTime startsAt, LocalDateTime endsAt, String place, String trainer, int capacity, int enrolled, int waiting, long version, List<EnrolmentView> enrolments) {
}
