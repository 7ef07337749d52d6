package be.burgerzaken.kernel.api.problem;

/**
 * What is wrong with one input field: the field's name as the caller knows it (JSON property or form field),
 * a stable machine-readable code and a human-readable reason.
 */
public record FieldProblem(String field, String code, String message) {
}
