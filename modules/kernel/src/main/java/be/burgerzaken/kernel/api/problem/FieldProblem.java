package be.burgerzaken.kernel.api.problem;

import jakarta.json.bind.annotation.JsonbTransient;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What is wrong with one input field: the field's name as the caller knows it (JSON property or form field),
 * a stable machine-readable code and a human-readable reason (English, for API clients and logs).
 * <p>
 * {@code args} (optional, not part of the problem+json document) are the values a screen puts into its translated
 * text {@code problem.<field>.<code>} / {@code problem.<code>} as {@code {0}}, {@code {1}}, ...: numbers, dates,
 * periods ({@link java.time.Period}, shown as "1 jaar" / "1 an" / "1 year") or text.
 */
public record FieldProblem(String field, String code, String message, @JsonbTransient List<Object> args) {
    public FieldProblem {
        args = args == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(args));
    }

    public FieldProblem(String field, String code, String message) {
        this(field, code, message, List.of());
    }

    /** A problem whose translated text shows {@code args} as {@code {0}}, {@code {1}}, ... */
    public static FieldProblem of(String field, String code, String message, Object... args) {
        return new FieldProblem(field, code, message, args == null ? List.of() : java.util.Arrays.asList(args));
    }
}
