package be.burgerzaken.criminalrecords.api;

/** The category of the offence, as far as the extract rules need it. */
public enum OffenceCategory {
    GENERAL,
    /** Road traffic (verkeer / roulage): its fines are left out of model 595 after three years, whatever the amount. */
    ROAD_TRAFFIC,
    VIOLENCE,
    PROPERTY,
    DRUGS,
    SEXUAL,
    OTHER
}
