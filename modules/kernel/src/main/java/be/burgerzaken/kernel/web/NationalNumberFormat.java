package be.burgerzaken.kernel.web;

import be.burgerzaken.kernel.api.identity.NationalNumber;

/** Shows a stored national number (11 digits) in its printed notation, YY.MM.DD-SSS.CC. */
final class NationalNumberFormat {
    private NationalNumberFormat() {
    }

    static String format(String digits) {
        if (digits == null) {
            return "";
        }
        try {
            return NationalNumber.parse(digits).format();
        } catch (IllegalArgumentException e) {
            return digits;
        }
    }
}
