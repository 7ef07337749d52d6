package be.burgerzaken.kernel.api.person;

import be.burgerzaken.kernel.api.access.InformationType;

/**
 * The identity facts the kernel keeps with full history, and the information type each belongs to.
 * Value fields (JSON object keys) per fact:
 * <ul>
 *   <li>NATIONAL_NUMBER: {@code nationalNumber}</li>
 *   <li>NAME: {@code familyName}, {@code givenNames}</li>
 *   <li>BIRTH: {@code date} (YYYY-MM-DD, 00 unknown), {@code placeNis} or {@code placeForeign} + {@code country}</li>
 *   <li>SEX: {@code sex} (M, F, U)</li>
 *   <li>NATIONALITY: {@code nationalities} (ISO 3166-1 alpha-2 list)</li>
 *   <li>DEATH: {@code date}, {@code placeNis} or {@code placeForeign} + {@code country}</li>
 *   <li>STATUS: {@code status} ({@link PersonStatus})</li>
 *   <li>CIVIL_STATUS: {@code status} ({@link CivilStatus}), {@code partnerId} (the partner's person id, optional),
 *       {@code partnerName} (the partner's names, optional)</li>
 *   <li>PARENTS: {@code parents}, a list of {@code role} ({@link ParentLink#ROLES}), {@code personId} (optional),
 *       {@code name} (optional, one of the two given) and {@code basisReference} (the act establishing that link,
 *       optional): see {@link ParentLink}</li>
 * </ul>
 */
public enum IdentityFact {
    NATIONAL_NUMBER(InformationType.IDENTIFICATION),
    NAME(InformationType.NAME),
    BIRTH(InformationType.BIRTH),
    SEX(InformationType.SEX),
    NATIONALITY(InformationType.NATIONALITY),
    DEATH(InformationType.DEATH),
    STATUS(InformationType.STATUS),
    /** Civil status (burgerlijke staat / état civil, IT 120) with the partner link, from civil-status acts. */
    CIVIL_STATUS(InformationType.CIVIL_STATUS),

    // --- civil status (issue 4): filiation ---
    /**
     * The legal parents (afstamming / filiation, IT 110 ascendants) from birth, recognition and adoption acts, each
     * link with the act that established it.
     */
    PARENTS(InformationType.ASCENDANTS);

    private final InformationType informationType;

    IdentityFact(InformationType informationType) {
        this.informationType = informationType;
    }

    public InformationType informationType() {
        return informationType;
    }
}
