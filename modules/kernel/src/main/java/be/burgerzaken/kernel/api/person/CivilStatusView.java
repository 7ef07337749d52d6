package be.burgerzaken.kernel.api.person;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person's civil status valid on a date (burgerlijke staat / état civil, IT 120), from the history of the
 * {@link IdentityFact#CIVIL_STATUS} fact.
 *
 * @param validOn     the day asked for
 * @param status      null when no civil status is recorded for that date (e.g. persons loaded before civil-status
 *                    acts fed the kernel)
 * @param partnerId   the spouse (MARRIED), former spouse (DIVORCED) or deceased spouse (WIDOWED) when known to the
 *                    kernel
 * @param partnerName the partner's names as the act gave them, also when the partner is not a kernel person
 * @param validFrom   the day the status took effect (null: since always)
 * @param basis       the record's legal basis, e.g. ACT with the act number
 */
public record CivilStatusView(UUID personId, LocalDate validOn, CivilStatus status, UUID partnerId,
                              String partnerName, LocalDate validFrom, Basis basis) {
}
