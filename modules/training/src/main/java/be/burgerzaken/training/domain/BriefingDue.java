package be.burgerzaken.training.domain;

import java.time.LocalDate;
import java.util.Set;

/** A legal change briefing the roles concerned must complete by {@code dueOn}. */
public record BriefingDue(String code, Set<String> roles, LocalDate dueOn, boolean completed) {
    public BriefingDue {
        roles = Set.copyOf(roles);
    }
}
