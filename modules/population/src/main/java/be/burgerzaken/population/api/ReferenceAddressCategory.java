package be.burgerzaken.population.api;

/**
 * Who may have a reference address (referentieadres / adresse de référence, IT 024): persons without a fixed
 * residence.
 */
public enum ReferenceAddressCategory {
    /** Wonen in een mobiele woning of op een boot / demeurant dans une demeure mobile ou un bateau. */
    MOBILE_DWELLING,
    /** Dakloos / sans abri. */
    HOMELESS,
    /** Beroepshalve afwezig (tot een jaar) / absent pour raisons professionnelles (jusqu'à un an). */
    PROFESSIONAL_ABSENCE
}
