package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActDraft;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.ForeignActContent;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActValidator;
import be.burgerzaken.civilstatus.domain.ContentDiff;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The checks drafting and registration share: the full check of an act, and the content of an amended act. */
@ApplicationScoped
public class ActChecks {
    @Inject
    ActStore store;
    @Inject
    ActViews views;
    @Inject
    CivilStatusSettings settings;

    ActValidator validator() {
        return new ActValidator(settings.rules(), ReferenceCatalog.load());
    }

    /** The full check of an act before submission and registration: every field its type requires. */
    void complete(Act act, ActContent content, LocalDate actDate) {
        ActDraft d = new ActDraft(act.drawnUpAt(), act.legalBasis(), content);
        LocalDate originalDate = actDate;
        if (act.amendsActId() != null) {
            originalDate = store.find(act.amendsActId()).map(Act::drawnUpOn).orElse(actDate);
        }
        List<FieldProblem> problems = new ArrayList<>(validator().check(d, actDate, originalDate,
                ActValidator.Level.COMPLETE));
        if (content instanceof ForeignActContent && store.attachments(act.id()).isEmpty()) {
            problems.add(new FieldProblem("attachments", "required",
                    "attach the foreign act or decision (PDF or image) before submitting"));
        }
        throwIfAny(problems);
    }

    /**
     * The content of an amended act correcting {@code original}: the corrected content must be of the original's
     * type and change something of the original as amended so far.
     */
    AmendedContent amended(Act original, String reason, ActContent corrected, String field) {
        if (corrected == null) {
            throw new ValidationException(field, "required", "the corrected content, of type " + original.type());
        }
        if (corrected.actType() != original.type()) {
            throw new ValidationException(field + ".type", "type-mismatch", "act " + original.number() + " is a "
                    + original.type() + " act; the corrected content is of that type, not " + corrected.actType());
        }
        List<FieldChange> changes = ContentDiff.diff(views.current(original), corrected);
        if (changes.isEmpty()) {
            throw new ValidationException(field, "no-change", "the corrected content is the act as it stands");
        }
        return new AmendedContent(original.id(), original.number(), original.type(), reason, corrected, changes);
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
