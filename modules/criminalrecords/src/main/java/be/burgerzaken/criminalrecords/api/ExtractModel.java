package be.burgerzaken.criminalrecords.api;

import java.util.Locale;
import java.util.Optional;

/**
 * The models of the extract from the criminal record (uittreksel uit het strafregister / extrait de casier
 * judiciaire), named after the articles of the Code of Criminal Procedure (Wetboek van Strafvordering / Code
 * d'instruction criminelle) that define them.
 */
public enum ExtractModel {
    /** Art. 595: the basic extract, for activities that are not regulated. */
    M595("595"),
    /** Art. 596, first paragraph: regulated activities; the sub-type names the activity. */
    M596_1("596.1"),
    /**
     * Art. 596, second paragraph: education, guidance, youth care, child protection, animation or supervision of
     * minors; bans on contact with minors appear.
     */
    M596_2("596.2");

    private final String code;

    ExtractModel(String code) {
        this.code = code;
    }

    /** The model as citizens and the register name it: {@code 595}, {@code 596.1}, {@code 596.2}. */
    public String code() {
        return code;
    }

    /** The model of a code ({@code 596.1}) or a constant name ({@code M596_1}). */
    public static Optional<ExtractModel> of(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        for (ExtractModel m : values()) {
            if (m.code.equals(v) || m.name().equals(v) || m.name().equals("M" + v)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
