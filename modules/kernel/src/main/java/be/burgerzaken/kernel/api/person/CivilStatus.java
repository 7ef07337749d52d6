package be.burgerzaken.kernel.api.person;

/**
 * A person's civil status (burgerlijke staat / état civil, National Register IT 120), recorded as the identity
 * fact {@link IdentityFact#CIVIL_STATUS} with its history and, for the statuses that follow a marriage, the
 * partner. Legal cohabitation (wettelijke samenwoning / cohabitation légale, IT 123) is not a civil status: it is
 * declared to the population service and kept apart, not in this fact.
 */
public enum CivilStatus {
    /** Never married (ongehuwd / célibataire). */
    SINGLE,
    /** Married (gehuwd / marié), with the spouse as partner. */
    MARRIED,
    /** Divorced (uit de echt gescheiden / divorcé), with the former spouse as partner. */
    DIVORCED,
    /** Widowed (weduwe, weduwnaar / veuf, veuve), with the deceased spouse as partner. */
    WIDOWED
}
