package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.util.Locale;
import java.util.Optional;

/**
 * How a card type's number (kaartnummer / numéro de carte) is written and checked. Numbers are stored in
 * compact form (no separators) and shown in {@link #format}.
 */
public enum CardNumberFormat {
    /**
     * eID (and Kids-ID, UNVERIFIED): 12 digits {@code xxx-xxxxxxx-yy}; {@code yy} = the first 10 digits mod 97,
     * 97 when the remainder is 0. Source: python-stdnum {@code stdnum.be.eid} (worked examples
     * 000-0011032-71, 591-1917064-58), after IBZ's IT 195 instructions.
     */
    DIGITS_12_MOD97 {
        @Override
        public Optional<FieldProblem> check(String compact) {
            if (!compact.matches("[0-9]{12}")) {
                return problem("bad-format", "an eID or Kids-ID number has 12 digits (xxx-xxxxxxx-yy)");
            }
            int expected = checkDigits(compact.substring(0, 10));
            int actual = Integer.parseInt(compact.substring(10));
            if (expected != actual) {
                return Optional.of(FieldProblem.of("cardNumber", "bad-check-digits", String.format(Locale.ROOT,
                        "check digits %02d do not match: expected %02d", actual, expected),
                        String.format(Locale.ROOT, "%02d", actual), String.format(Locale.ROOT, "%02d", expected)));
            }
            return Optional.empty();
        }

        @Override
        public String format(String compact) {
            return compact.length() == 12
                    ? compact.substring(0, 3) + "-" + compact.substring(3, 10) + "-" + compact.substring(10) : compact;
        }
    },
    /**
     * Foreigners' cards: a letter and 10 digits (e.g. {@code B 0123456789}). UNVERIFIED: format, grouping and any
     * check digit; only the shape is checked.
     */
    LETTER_10_DIGITS {
        @Override
        public Optional<FieldProblem> check(String compact) {
            if (!compact.matches("[A-Z][0-9]{10}")) {
                return problem("bad-format", "a foreigner's card number is a letter and 10 digits (B 0123456789)");
            }
            return Optional.empty();
        }

        @Override
        public String format(String compact) {
            return compact.length() == 11 ? compact.charAt(0) + " " + compact.substring(1) : compact;
        }
    };

    /** Empty when the compact number is well formed, else why not (field {@code cardNumber}). */
    public abstract Optional<FieldProblem> check(String compact);

    /** The printed form. */
    public abstract String format(String compact);

    /** Strips spaces, dashes, dots and slashes and upper-cases letters. */
    public static String compact(String number) {
        return number == null ? "" : number.replaceAll("[\\s.\\-/]", "").toUpperCase(Locale.ROOT);
    }

    /** The two check digits of a 10-digit eID number body: remainder mod 97, 97 for 0. */
    public static int checkDigits(String tenDigits) {
        int r = (int) (Long.parseLong(tenDigits) % 97);
        return r == 0 ? 97 : r;
    }

    private static Optional<FieldProblem> problem(String code, String message) {
        return Optional.of(new FieldProblem("cardNumber", code, message));
    }
}
