package be.burgerzaken.population.api;

/** Where a resident stands in the registers. Emigration and ex-officio removal come with their procedures. */
public enum ResidentStatus {
    /** Ingeschreven / inscrit: has a main residence in the municipality. */
    REGISTERED,
    /** Overleden / décédé: residence and household membership ended at the death. */
    DECEASED
}
