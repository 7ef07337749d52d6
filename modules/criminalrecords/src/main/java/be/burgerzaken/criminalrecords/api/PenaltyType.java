package be.burgerzaken.criminalrecords.api;

/** The kinds of penalty and measure a conviction (veroordeling / condamnation) carries. */
public enum PenaltyType {
    /** Prison (gevangenisstraf / emprisonnement): {@code months} and/or {@code days}. */
    PRISON,
    /** Fine (geldboete / amende): {@code amount} in euro. */
    FINE,
    /** Work penalty (werkstraf / peine de travail): {@code hours}. */
    WORK_PENALTY,
    /** Simple declaration of guilt (eenvoudige schuldigverklaring / simple déclaration de culpabilité). */
    SIMPLE_DECLARATION_OF_GUILT,
    /** Suspension of the pronouncement (opschorting van de uitspraak / suspension du prononcé). */
    SUSPENSION_OF_PRONOUNCEMENT,
    /** Probation (probatie / probation): {@code months}. */
    PROBATION,
    /** Forfeiture (verbeurdverklaring / confiscation), possibly with a duration in {@code months}. */
    FORFEITURE,
    /**
     * Disqualification or ban (ontzetting, verbod / interdiction, déchéance) of a {@code subject} for {@code months}
     * (none: for life), e.g. the voting rights or contact with minors.
     */
    DISQUALIFICATION
}
