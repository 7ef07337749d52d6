package be.burgerzaken.training.api;

import java.util.UUID;

/** Whom to enrol (the coordinator names a staff member; a staff member enrolling him- or herself leaves it empty). */
public record EnrolmentInput(UUID staffId) {
}
