package be.burgerzaken.kernel.api.identity;

import java.util.Objects;

/**
 * Thrown when a text is not a valid national register number (rijksregisternummer / numéro de registre
 * national) or BIS number. The {@link #reason()} classifies the problem; the message states it precisely
 * in English, e.g. {@code "check digits 62 do not match: expected 61 (born before 2000) or 90 (born 2000 or
 * later)"}.
 */
public class InvalidNationalNumberException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a national number is invalid, in the order the checks are made. */
    public enum Reason {
        /** Nothing given: null, empty or only separators. */
        EMPTY,
        /** A character other than a digit or an accepted separator (space, dot, hyphen, slash). */
        BAD_CHARACTERS,
        /** Not exactly 11 digits. */
        BAD_LENGTH,
        /** Month digits outside 00-12 (RRN), 20-32 and 40-52 (BIS). */
        BAD_MONTH,
        /** Day digits that are no day of that month (00 = unknown is allowed). */
        BAD_DAY,
        /** Serial 000 or 999: never issued. */
        BAD_SERIAL,
        /** Check digits (controlegetal / nombre de contrôle) that match neither century. */
        BAD_CHECK_DIGITS
    }

    private final Reason reason;

    public InvalidNationalNumberException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the number is invalid. */
    public Reason reason() {
        return reason;
    }
}
