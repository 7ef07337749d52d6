package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.identity.NationalNumberKind;
import be.burgerzaken.kernel.api.identity.PartialDate;

/**
 * Whether a national register number still fits a person's recorded birth date and sex (domain.md section 1):
 * the first group encodes the birth date (00 for unknown parts, or an overflow prefix of the birth year), the
 * serial's parity the sex (odd men, even women). After a change of registered sex or a corrected birth date it no
 * longer does, and the person gets a new number.
 */
final class NationalNumberFit {
    static final String FULLY_UNKNOWN_PREFIX = "000001";

    private NationalNumberFit() {
    }

    /** True when {@code number} is a national register number that agrees with the birth date and sex given. */
    static boolean fits(NationalNumber number, PartialDate birthDate, String sex) {
        if (number.kind() != NationalNumberKind.RRN) {
            return false;
        }
        boolean sexFits = number.sex().map(s -> s.code().equals(sex)).orElse(false);
        if (!sexFits) {
            return false;
        }
        if (birthDate.isUnknown()) {
            return number.prefix().equals(FULLY_UNKNOWN_PREFIX);
        }
        // parts unknown on either side agree; month 00 (unknown month or an overflow prefix YY0000, YY0001...)
        // encodes only the year
        PartialDate encoded = number.birthDate();
        return encoded.year() == birthDate.year() && encoded.matches(birthDate);
    }
}
