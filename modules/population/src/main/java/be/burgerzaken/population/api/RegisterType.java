package be.burgerzaken.population.api;

/**
 * The three population registers (domain brief §3). The population and foreigners registers together form the
 * municipality's population; the waiting register holds applicants for international protection.
 */
public enum RegisterType {
    /** Bevolkingsregister / registre de la population: Belgians and settled foreigners. */
    POPULATION,
    /** Vreemdelingenregister / registre des étrangers: foreigners allowed to stay more than three months. */
    FOREIGNERS,
    /** Wachtregister / registre d'attente: applicants for international protection (IT 210 code 9). */
    WAITING
}
