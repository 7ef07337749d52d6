package be.burgerzaken.criminalrecords.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A conviction (veroordeling / condamnation) as the Central Criminal Register gives it.
 *
 * @param centralId       the register's own id of the conviction (idempotency key of the import)
 * @param personId        the person in our register
 * @param court           the court that decided
 * @param decisionDate    the day of the decision
 * @param finalDate       the day the decision became final (in kracht van gewijsde / coulée en force de chose jugée)
 * @param category        the offence category
 * @param penalties       its penalties and measures
 * @param rehabilitatedOn the day of rehabilitation (herstel in eer en rechten / réhabilitation), null when none
 */
public record Conviction(String centralId, UUID personId, String court, LocalDate decisionDate, LocalDate finalDate,
                         OffenceCategory category, List<Penalty> penalties, LocalDate rehabilitatedOn) {
    public Conviction {
        penalties = penalties == null ? List.of() : List.copyOf(penalties);
    }
}
