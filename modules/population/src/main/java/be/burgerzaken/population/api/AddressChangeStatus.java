package be.burgerzaken.population.api;

/**
 * Where a change-of-address procedure (adreswijziging / changement d'adresse) stands: DECLARED (aangifte /
 * déclaration, waiting for the police residence check), CHECKED (the check's outcome is recorded, waiting for the
 * decision), APPROVED or REFUSED (final).
 */
public enum AddressChangeStatus {
    DECLARED, CHECKED, APPROVED, REFUSED;

    public boolean open() {
        return this == DECLARED || this == CHECKED;
    }
}
