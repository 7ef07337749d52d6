package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's legal parents valid on a date (afstamming / filiation, IT 110), from the history of the
 * {@link IdentityFact#PARENTS} fact.
 *
 * @param parents   empty when none is recorded for that date (persons loaded before civil-status acts fed the
 *                  kernel, or a child whose filiation is not established)
 * @param validFrom the day the current record took effect (null: since always, e.g. since birth)
 * @param basis     the current record's legal basis (the last act that changed the parents)
 */
public record ParentsView(UUID personId, LocalDate validOn, List<ParentLink> parents, LocalDate validFrom,
                          Basis basis) {
    public ParentsView {
        parents = parents == null ? List.of() : List.copyOf(parents);
    }
}
