package be.burgerzaken.population.api;

/**
 * Where a change-of-address procedure (adreswijziging / changement d'adresse) stands: DECLARED (aangifte /
 * déclaration, waiting for the police residence check), CHECKED (the check's outcome is recorded, waiting for the
 * decision), APPROVED, REFUSED or WITHDRAWN (final).
 */
public enum AddressChangeStatus {
    DECLARED, CHECKED, APPROVED, REFUSED,
    /**
     * Closed without a decision (ingetrokken / retiré): a mover died or emigrated while the procedure was open;
     * the reason is in the decision motivation (issue 3, task M).
     */
    WITHDRAWN;

    public boolean open() {
        return this == DECLARED || this == CHECKED;
    }
}
