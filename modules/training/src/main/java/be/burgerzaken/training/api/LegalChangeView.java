package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A marked legal change and how many of the staff concerned completed the briefing. */
public record LegalChangeView(UUID id, String code, String title, String ruleReference, LocalDate effectiveOn, LocalDate dueOn, Set<String> roles, int concerned, int completed, long version) {
}
