package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A card type the person may hold if they apply today, with the validity the dated legal rules would give it
 * (geldigheidsduur / durée de validité): what the counter offers and previews before taking the application.
 *
 * @param validityRule       the id of the rule that decides the validity
 * @param validityRuleSource the rule's legal source, in words
 */
public record CardOption(CardTypeView type, LocalDate validFrom, LocalDate validUntil, String validityRule,
                         String validityRuleSource) {
}
