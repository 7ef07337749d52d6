package be.burgerzaken.kernel.api.rest;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

import java.util.List;

/**
 * An RFC 9457 problem document ({@code application/problem+json}); {@code errors} lists field-level
 * problems of a validation failure, {@code missing} what an access refusal lacks.
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors", "missing"})
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldProblem> errors, List<String> missing) {
    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://burgerzaken.be/problems/";
}
