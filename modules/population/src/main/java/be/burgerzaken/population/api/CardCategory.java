package be.burgerzaken.population.api;

/**
 * The families of identity documents (identiteitsdocumenten / documents d'identité) a municipality issues
 * (domain brief §3). Each decides who may hold the card and which validity rules apply.
 */
public enum CardCategory {
    /** Electronic identity card (elektronische identiteitskaart / carte d'identité électronique): Belgians from 12. */
    EID,
    /** Kids-ID (Kids-ID / Kids-ID): Belgian children under 12, optional. */
    KIDS_ID,
    /**
     * Foreigners' residence card (verblijfskaart voor vreemdelingen / carte de séjour pour étrangers): not an
     * identity document in law, but produced and handed out by the same procedure.
     */
    FOREIGNER_CARD
}
