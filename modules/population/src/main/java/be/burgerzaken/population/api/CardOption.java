package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A card type the person may hold if they apply today, with the validity the dated legal rules would give it
 * (geldigheidsduur / durée de validité): what the counter offers and previews before taking the application.
 *
 * @param validityRule       the id of the rule that decides the validity
 * @param validityRuleSource the rule's legal source, in words
 * @param urgentExpectedOn   the day the card would be ready under the urgent procedure (spoedprocedure / procédure
 *                           urgente) applied for now: the next working day before the cut-off time (15:00)
 * @param codeLetter         the codes its PIN/PUK letter would carry: {@code PIN_AND_PUK}, or {@code PUK_ONLY} for a
 *                           Kids-ID of a child under 6
 */
public record CardOption(CardTypeView type, LocalDate validFrom, LocalDate validUntil, String validityRule,
                         String validityRuleSource, LocalDate urgentExpectedOn, String codeLetter) {
}
