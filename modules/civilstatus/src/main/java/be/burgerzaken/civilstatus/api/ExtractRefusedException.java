package be.burgerzaken.civilstatus.api;

import be.burgerzaken.kernel.api.problem.AccessDeniedException;

import java.time.LocalDate;
import java.util.List;

/**
 * The access rules refuse an extract or copy (403 {@code extract-not-allowed}): the act is not public yet and the
 * requester's relation is not in the rule's circle. Names the rule and the day the act becomes public; nothing is
 * issued.
 */
public class ExtractRefusedException extends AccessDeniedException {
    private final String ruleId;
    private final LocalDate publicFrom;

    public ExtractRefusedException(String message, String ruleId, LocalDate publicFrom, List<String> missing) {
        super(message, missing);
        this.ruleId = ruleId;
        this.publicFrom = publicFrom;
    }

    @Override
    public String type() {
        return "extract-not-allowed";
    }

    public String ruleId() {
        return ruleId;
    }

    public LocalDate publicFrom() {
        return publicFrom;
    }
}
