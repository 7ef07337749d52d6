package be.burgerzaken.kernel.api.identity;

import java.util.Locale;

/**
 * The registered sex of a person (geslacht / sexe), as stored in the person record with a one-letter code.
 * {@link #UNKNOWN} is for persons whose sex is not (yet) known, e.g. some BIS-number holders.
 */
public enum Sex {
    MALE("M"),
    FEMALE("F"),
    UNKNOWN("U");

    private final String code;

    Sex(String code) {
        this.code = code;
    }

    /** The one-letter storage code: {@code M}, {@code F} or {@code U}. */
    public String code() {
        return code;
    }

    /**
     * The sex for a storage code; case-insensitive and tolerant of surrounding spaces.
     *
     * @throws IllegalArgumentException for {@code null} or any code other than M, F or U
     */
    public static Sex fromCode(String code) {
        if (code != null) {
            String c = code.strip().toUpperCase(Locale.ROOT);
            for (Sex sex : values()) {
                if (sex.code.equals(c)) {
                    return sex;
                }
            }
        }
        throw new IllegalArgumentException("unknown sex code '" + code + "': expected M, F or U");
    }
}
