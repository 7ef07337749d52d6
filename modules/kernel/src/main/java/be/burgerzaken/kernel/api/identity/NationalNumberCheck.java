package be.burgerzaken.kernel.api.identity;

import be.burgerzaken.kernel.api.identity.InvalidNationalNumberException.Reason;

/**
 * The outcome of checking a text as a national register number or BIS number, for forms and imports that
 * must report a problem instead of failing (see {@link NationalNumber#check(String)}).
 *
 * @param valid      whether the text is a valid number
 * @param input      the text as given (may be {@code null})
 * @param normalized the 11 digits without separators when the text holds exactly 11 digits, else {@code null}
 *                   (also filled for an invalid month, day, serial or check)
 * @param reason     why the text is invalid, {@code null} when valid
 * @param message    a precise English description of the problem, {@code null} when valid
 * @param number     the number when valid, else {@code null}
 */
public record NationalNumberCheck(boolean valid, String input, String normalized, Reason reason, String message,
                                  NationalNumber number) {

    public NationalNumberCheck {
        if (valid != (number != null) || valid != (reason == null) || valid != (message == null)) {
            throw new IllegalArgumentException("a valid check has a number and no reason or message;"
                    + " an invalid one has a reason and a message and no number");
        }
    }

    static NationalNumberCheck ok(String input, NationalNumber number) {
        return new NationalNumberCheck(true, input, number.digits(), null, null, number);
    }

    static NationalNumberCheck invalid(String input, String normalized, Reason reason, String message) {
        return new NationalNumberCheck(false, input, normalized, reason, message, null);
    }

    /**
     * The number when valid.
     *
     * @throws InvalidNationalNumberException with this check's reason and message when invalid
     */
    public NationalNumber orElseThrow() {
        if (!valid) {
            throw new InvalidNationalNumberException(reason, message);
        }
        return number;
    }
}
