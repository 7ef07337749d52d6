package be.burgerzaken.population.api;

/**
 * The quality rules (kwaliteitsregels / règles de qualité) that look for doubtful main residences in the
 * registers, the city's answer to address-fraud rules. Each rule has dated versions with its own parameters.
 */
public enum QualityRuleCode {
    /** More than N residents with their main residence at one address (overbewoning / suroccupation); collective
     * dwellings excluded. */
    OVERCROWDED_ADDRESS,
    /** More than N new main residences of one person within M days (frequent verhuizen / déménagements fréquents). */
    FREQUENT_MOVES,
    /** Residents at an address that is not a known housing unit (geen gekende woongelegenheid / logement inconnu). */
    NO_HOUSING_UNIT,
    /** More than N different family names among the residents of one address (collective dwellings excluded). */
    MANY_SURNAMES
}
