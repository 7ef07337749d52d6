package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One line of the act index (klapper / table des actes). */
public record ActSummary(UUID id, ActType type, ActStatus status, String number, LocalDate drawnUpOn,
                         String officer, UUID amendsActId, Instant createdAt, List<Subject> subjects) {
}
