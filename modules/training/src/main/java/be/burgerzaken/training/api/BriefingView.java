package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.UUID;

/** A briefing a staff member must complete. */
public record BriefingView(UUID legalChangeId, String code, String title, String ruleReference, LocalDate dueOn, LocalDate completedOn) {
}
