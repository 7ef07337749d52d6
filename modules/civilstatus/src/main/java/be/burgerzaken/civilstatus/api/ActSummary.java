package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One line of the act index (klapper / table des actes).
 *
 * @param createdBy who drafted the act
 * @param updatedAt the last change; for an act waiting for signature: when it was submitted
 * @param persons   the persons the act names, as written in it (also those without a kernel person)
 */
public record ActSummary(UUID id, ActType type, ActStatus status, String number, LocalDate drawnUpOn,
                         String officer, UUID amendsActId, Instant createdAt, List<Subject> subjects,
                         String createdBy, Instant updatedAt, List<NamedPerson> persons) {
}
