package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.FieldProblem;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refusal's text in the user's language, independent of Faces (so rules can be unit-tested): a field problem
 * reads {@code problem.<field>.<code>}, then (for a nested field such as {@code address.houseNumber}) the last
 * part's {@code problem.houseNumber.<code>}, then {@code problem.<code>}: the first text whose placeholders the
 * problem has values for; any other refusal {@code problem.<type>}
 * (e.g. {@code problem.stale-version}); when no bundle has the key, the service's English message is shown.
 * <p>
 * Field names lose their list indices ({@code members[2].personId} reads {@code problem.members.personId.<code>}).
 * Placeholders {@code {0}}, {@code {1}}, ... take the problem's {@link FieldProblem#args() args}: numbers in the
 * locale's format, dates as {@code dd/MM/yyyy}, periods as words ({@code P1Y} -> "1 jaar" / "1 an" / "1 year",
 * from the keys {@code period.year(s)}, {@code period.month(s)}, {@code period.week(s)}, {@code period.day(s)}
 * and {@code period.and} of the kernel bundle). Texts are not {@link java.text.MessageFormat} patterns: an
 * apostrophe is written once.
 */
public final class ProblemTexts {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProblemTexts() {
    }

    /** The bundle key of a field problem's own text, without list indices. */
    public static String fieldKey(FieldProblem p) {
        return "problem." + INDEX.matcher(p.field() == null ? "" : p.field()).replaceAll("") + "." + p.code();
    }

    /**
     * @param lookup a bundle key -> its text in the user's language, or null when no bundle has it
     */
    public static String of(FieldProblem p, Locale locale, Function<String, String> lookup) {
        List<String> keys = new ArrayList<>();
        if (p.field() != null && p.code() != null) {
            String field = INDEX.matcher(p.field()).replaceAll("");
            keys.add("problem." + field + "." + p.code());
            int dot = field.lastIndexOf('.');
            if (dot >= 0) {
                keys.add("problem." + field.substring(dot + 1) + "." + p.code());
            }
        }
        if (p.code() != null) {
            keys.add("problem." + p.code());
        }
        for (String key : keys) {
            String pattern = lookup.apply(key);
            if (pattern != null && !needsMore(pattern, p.args())) {
                return fill(pattern, p.args(), locale, lookup);
            }
        }
        return p.message();
    }

    /** A refusal other than field problems, by its problem type; an access refusal's {0} lists what is missing. */
    public static String of(DomainException e, Locale locale, Function<String, String> lookup) {
        String pattern = lookup.apply("problem." + e.type());
        if (pattern == null) {
            return e.getMessage();
        }
        List<Object> args = e instanceof AccessDeniedException a ? List.of(String.join(", ", a.missing()))
                : List.of();
        return needsMore(pattern, args) ? e.getMessage() : fill(pattern, args, locale, lookup);
    }

    /** The text has a placeholder the problem carries no value for (e.g. a screen made it): not usable. */
    static boolean needsMore(String pattern, List<Object> args) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            if (Integer.parseInt(m.group(1)) >= args.size()) {
                return true;
            }
        }
        return false;
    }

    /** {@code pattern} with {@code {n}} replaced by the n-th argument shown for {@code locale}. */
    public static String fill(String pattern, List<Object> args, Locale locale, Function<String, String> lookup) {
        Matcher m = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int i = Integer.parseInt(m.group(1));
            String value = i < args.size() ? show(args.get(i), locale, lookup) : m.group();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String show(Object arg, Locale locale, Function<String, String> lookup) {
        if (arg == null) {
            return "";
        }
        if (arg instanceof Period p) {
            return period(p, lookup);
        }
        if (arg instanceof LocalDate d) {
            return DATE.format(d);
        }
        if (arg instanceof Number n) {
            return NumberFormat.getInstance(locale).format(n);
        }
        return arg.toString();
    }

    /** {@code P1Y6M} -> "1 jaar en 6 maanden"; {@code P14D} -> "2 weken" when whole weeks. */
    public static String period(Period p, Function<String, String> lookup) {
        List<String> parts = new ArrayList<>();
        unit(parts, p.getYears(), "year", lookup);
        unit(parts, p.getMonths(), "month", lookup);
        int days = p.getDays();
        if (days != 0 && days % 7 == 0) {
            unit(parts, days / 7, "week", lookup);
        } else {
            unit(parts, days, "day", lookup);
        }
        if (parts.isEmpty()) {
            return text(lookup, "period.days", "{0} days").replace("{0}", "0");
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String and = text(lookup, "period.and", "and");
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + and + " " + parts.get(parts.size() - 1);
    }

    private static void unit(List<String> parts, int n, String unit, Function<String, String> lookup) {
        if (n == 0) {
            return;
        }
        String key = "period." + unit + (Math.abs(n) == 1 ? "" : "s");
        parts.add(text(lookup, key, "{0} " + unit + (Math.abs(n) == 1 ? "" : "s")).replace("{0}",
                Integer.toString(n)));
    }

    private static String text(Function<String, String> lookup, String key, String fallback) {
        String t = lookup.apply(key);
        return t == null ? fallback : t;
    }
}
