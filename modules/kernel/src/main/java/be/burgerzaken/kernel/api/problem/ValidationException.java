package be.burgerzaken.kernel.api.problem;

import java.util.List;

/** The input is invalid; nothing was stored. Carries one problem per offending field. */
public class ValidationException extends DomainException {
    private final List<FieldProblem> problems;

    public ValidationException(List<FieldProblem> problems) {
        super("validation", summary(problems));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(String field, String code, String message) {
        this(List.of(new FieldProblem(field, code, message)));
    }

    /** One field problem whose translated screen text shows {@code args} as {@code {0}}, {@code {1}}, ... */
    public ValidationException(String field, String code, String message, Object... args) {
        this(List.of(FieldProblem.of(field, code, message, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public int status() {
        return 400;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.size() == 1) {
            FieldProblem p = problems.get(0);
            return p.field() + ": " + p.message();
        }
        return problems.size() + " fields are invalid";
    }
}
