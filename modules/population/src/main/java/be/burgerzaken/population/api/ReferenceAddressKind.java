package be.burgerzaken.population.api;

/** Where a reference address (referentieadres / adresse de référence) is: the marker on the main residence. */
public enum ReferenceAddressKind {
    /** Bij het OCMW / auprès du CPAS: the address of the city's public social welfare centre. */
    OCMW,
    /** Bij een natuurlijke persoon / chez une personne physique: a consenting host with their own main residence there. */
    PRIVATE_HOST
}
