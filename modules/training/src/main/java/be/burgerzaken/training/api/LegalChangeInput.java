package be.burgerzaken.training.api;

import java.time.LocalDate;
import java.util.Set;

/** A legal change to mark: the rule it changes, since when, the roles concerned and the briefing's due date. */
public record LegalChangeInput(String code, String title, String ruleReference, LocalDate effectiveOn, LocalDate dueOn, Set<String> roles) {
}
