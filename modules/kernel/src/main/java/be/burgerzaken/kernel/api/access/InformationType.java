package be.burgerzaken.kernel.api.access;

/**
 * A category of personal data, named after the National Register's information types
 * (informatietype / type d'information, "IT"/"TI", art. 3 Law of 8 August 1983) where one fits.
 * Categories without a confirmed IT code carry a local code starting with {@code BZ-}.
 */
public enum InformationType {
    IDENTIFICATION("000"),
    MANAGING_MUNICIPALITY("001"),
    SEX_CHANGE("004"),
    NAME("010"),
    MAIN_RESIDENCE("020"),
    RESIDENCE_ABROAD("022"),
    REFERENCE_ADDRESS("024"),
    TEMPORARY_ABSENCE("026"),
    NATIONALITY("031"),
    ASCENDANTS("110"),
    DESCENDANTS("114"),
    CIVIL_STATUS("120"),
    LEGAL_COHABITATION("123"),
    ELECTORAL("130"),
    HOUSEHOLD("140"),
    DEATH("150"),
    /** Identity documents (eID, Kids-ID, residence cards); IT 195 per the National Register instructions. */
    IDENTITY_DOCUMENT("195"),
    REGISTER_TYPE("210"),
    BIRTH("BZ-BIRTH"),
    SEX("BZ-SEX"),
    STATUS("BZ-STATUS"),
    CRIMINAL_RECORD("BZ-CRIM"),
    // --- integrators and transparency (issue 9) ---
    /** Who consulted or changed a person's data (the e-counter's "who looked at my data"). */
    ACCESS_HISTORY("BZ-ACCESS");

    private final String code;

    InformationType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static InformationType fromCode(String code) {
        for (InformationType t : values()) {
            if (t.code.equals(code) || t.name().equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown information type " + code);
    }
}
