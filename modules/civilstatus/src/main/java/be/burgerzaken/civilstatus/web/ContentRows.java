package be.burgerzaken.civilstatus.web;

import be.burgerzaken.civilstatus.domain.ContentDiff;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An act's content as the screens show it: one row per filled field, labelled in the user's language from the
 * field's path ({@code parents[1].person.birthDate} -> "Ouder 2 · Geboortedatum"), codes translated, NIS codes
 * with the municipality's name. The same labels name the fields an amended act changes.
 */
public final class ContentRows {
    /** One line: the field's path, its label and its value. */
    public record Row(String path, String label, String value) implements Serializable {
    }

    /** Fields whose values are codes with a text of their own ({@code value.<CODE>}). */
    static final Set<String> CODED = Set.of("sex", "previousSex", "newSex", "role", "matrimonialRegime", "ground", "kind",
            "choice", "recognisingRole", "equivalentType", "originalType", "motherConsent", "childConsent");
    private static final Pattern SEGMENT = Pattern.compile("^([A-Za-z]+)(?:\\[(\\d+)])?$");

    private final Function<String, String> texts;
    private final Locale locale;

    /** @param texts the text of a bundle key, or the key itself when there is none */
    ContentRows(Function<String, String> texts, Locale locale) {
        this.texts = texts;
        this.locale = locale;
    }

    List<Row> rows(Object content) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, String> e : ContentDiff.flatten(content).entrySet()) {
            rows.add(new Row(e.getKey(), label(e.getKey()), value(e.getKey(), e.getValue())));
        }
        return rows;
    }

    /** The label of a content path; segments without a text of their own are shown as they are. */
    String label(String path) {
        if (path == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        boolean afterIndexed = false;
        for (String segment : path.split("\\.")) {
            Matcher m = SEGMENT.matcher(segment);
            if (!m.matches()) {
                parts.add(segment);
                continue;
            }
            String name = m.group(1);
            if (name.equals("person") && afterIndexed) {
                afterIndexed = false;
                continue;
            }
            String text = text("field." + name, name);
            if (m.group(2) != null) {
                text = text + " " + (Integer.parseInt(m.group(2)) + 1);
            }
            afterIndexed = m.group(2) != null;
            parts.add(text);
        }
        return String.join(" · ", parts);
    }

    String value(String path, String value) {
        if (value == null) {
            return "";
        }
        String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
        if (CODED.contains(last)) {
            return text("value." + value, value);
        }
        if (last.equals("municipalityNis") || last.equals("drawnUpAt")) {
            return value + ReferenceCatalog.load().municipalityByNis(value).map(m -> m.name(locale))
                    .map(n -> " " + n).orElse("");
        }
        return value;
    }

    private String text(String key, String fallback) {
        String t = texts.apply(key);
        return t == null || t.equals(key) ? fallback : t;
    }
}
