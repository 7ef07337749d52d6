package be.burgerzaken.population.domain;

import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The structure of a Belgian address in the municipality (adresnorm / norme d'adresse): a street of the city's
 * list, a house number starting with a digit (12, 12A, 12bis, 12-14), an optional box (bus / boîte). Checks the
 * input's form; whether the street exists is checked against the street list by the caller.
 */
public final class AddressRules {
    static final Pattern HOUSE_NUMBER = Pattern.compile("[0-9]{1,5}([A-Za-z]{1,4}|-[0-9]{1,5}|/[0-9A-Za-z]{1,3})?");
    static final Pattern BOX = Pattern.compile("[0-9A-Za-z.\\-/]{1,10}");

    private AddressRules() {
    }

    /** Normalised parts, or problems (field names prefixed by {@code prefix}, e.g. {@code address.}). */
    public static Parts check(String streetCode, String houseNumber, String box, String prefix, List<FieldProblem> problems) {
        String street = blankToNull(streetCode);
        String number = blankToNull(houseNumber);
        String b = blankToNull(box);
        int before = problems.size();
        if (street == null) {
            problems.add(number == null
                    ? new FieldProblem(prefix + "streetCode", "required", "the street (street code) is required")
                    : new FieldProblem(prefix + "streetCode", "required-with-house-number",
                    "house number " + number + " needs a street: give the street code"));
        } else if (street.length() > 10) {
            problems.add(new FieldProblem(prefix + "streetCode", "length", "a street code has at most 10 characters"));
        }
        if (number == null) {
            problems.add(new FieldProblem(prefix + "houseNumber", "required", "the house number is required"));
        } else if (!HOUSE_NUMBER.matcher(number).matches()) {
            problems.add(FieldProblem.of(prefix + "houseNumber", "invalid",
                    "'" + number + "' is not a house number (digits, optionally followed by letters, e.g. 12, 12A, 12bis, 12-14)",
                    number));
        }
        if (b != null && !BOX.matcher(b).matches()) {
            problems.add(new FieldProblem(prefix + "box", "invalid", "a box has at most 10 letters or digits"));
        }
        if (problems.size() > before) {
            return null;
        }
        // 12a and 12A are the same house number: one letter is written in capitals
        String normalised = number.matches("[0-9]+[a-z]") ? number.toUpperCase(Locale.ROOT) : number;
        return new Parts(street, normalised, b == null ? "" : b);
    }

    /** The checked parts; box {@code ""} when there is none. */
    public record Parts(String streetCode, String houseNumber, String box) {
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
