package be.burgerzaken.population.api;

/**
 * The nationality groups of the statistics, from the kernel person's nationalities: BELGIAN when one of them is
 * Belgian (a Belgian with another nationality counts as Belgian), else EU when one of them is a member state of the
 * European Union on the date, else NON_EU; UNKNOWN when no nationality is recorded.
 */
public enum NationalityGroup {
    BELGIAN, EU, NON_EU, UNKNOWN
}
