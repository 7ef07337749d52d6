package be.burgerzaken.civilstatus.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an act number is written (the DABS format is UNVERIFIED, so it is configurable,
 * {@code bz.civilstatus.act-number.format}): placeholders {@code {year}}, {@code {register}} and {@code {number}}
 * (or {@code {number:N}}, zero-padded to N digits). Default {@code {year}/{register}/{number}}, e.g.
 * {@code 2026/BIRTH/17}. What must be gap-free is the sequence, not its text.
 */
public final class ActNumberFormat {
    public static final String DEFAULT = "{year}/{register}/{number}";
    private static final Pattern NUMBER = Pattern.compile("\\{number(?::([1-9]))?}");

    private final String pattern;

    public ActNumberFormat(String pattern) {
        if (pattern == null || !pattern.contains("{year}") || !pattern.contains("{register}")
                || !NUMBER.matcher(pattern).find()) {
            throw new IllegalArgumentException("an act number format needs {year}, {register} and {number}: '"
                    + pattern + "'");
        }
        this.pattern = pattern;
    }

    public String format(int year, String register, int sequence) {
        if (sequence < 1) {
            throw new IllegalArgumentException("act sequences start at 1: " + sequence);
        }
        String s = pattern.replace("{year}", Integer.toString(year)).replace("{register}", register);
        Matcher m = NUMBER.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String n = m.group(1) == null ? Integer.toString(sequence)
                    : String.format("%0" + m.group(1) + "d", sequence);
            m.appendReplacement(out, Matcher.quoteReplacement(n));
        }
        m.appendTail(out);
        return out.toString();
    }

    public String pattern() {
        return pattern;
    }
}
