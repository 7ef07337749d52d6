package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActSummary;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.FieldChange;
import be.burgerzaken.civilstatus.api.HistoryEntry;
import be.burgerzaken.civilstatus.api.Officer;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActLifecycle;
import be.burgerzaken.civilstatus.domain.ActPersons;
import be.burgerzaken.civilstatus.domain.AttachmentRow;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.reference.Municipality;
import be.burgerzaken.kernel.api.reference.ReferenceCatalog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds the views of acts: content, index rows, attachments, history and what may happen next. */
@ApplicationScoped
public class ActViews {
    @Inject
    ActStore store;
    @Inject
    ContentJson json;

    public ActContent content(Act act) {
        return json.read(act.content());
    }

    public ActView view(Act act) {
        ActContent content = content(act);
        List<Subject> subjects = store.subjects(List.of(act.id())).getOrDefault(act.id(), List.of());
        List<AttachmentRow> attachments = store.attachments(act.id());
        Act original = act.amendsActId() == null ? act : store.find(act.amendsActId()).orElse(act);
        List<Act> amendments = store.amendmentsOf(original.id());
        List<HistoryEntry> history = new ArrayList<>();
        history.add(entry(original));
        amendments.forEach(a -> history.add(entry(a)));
        ActContent current = null;
        if (act == original && act.status() == ActStatus.REGISTERED) {
            current = current(original, amendments);
        }
        String place = ReferenceCatalog.load().municipalityByNis(act.drawnUpAt()).map(Municipality::nameNl)
                .orElse(null);
        return new ActView(act.id(), act.type(), act.status(), act.number(), act.registerCode(), act.year(),
                act.sequence(), act.drawnUpOn(), act.drawnUpAt(), place, officer(act), act.registeredAt(),
                act.signOffHash(), act.legalBasis(), content, subjects,
                attachments.stream().map(AttachmentRow::view).toList(), act.abandonReason(), act.amendsActId(),
                current, history, ActLifecycle.allowed(act.status()), act.createdAt(), act.createdBy(),
                act.updatedAt(), act.updatedBy(), act.version(), act.returnRemark(), act.returnedAt(),
                act.returnedBy(), ActPersons.of(content));
    }

    /** The original's content with its registered amendments applied: the latest registered correction wins. */
    public ActContent current(Act original, List<Act> amendments) {
        ActContent current = content(original);
        for (Act a : amendments) {
            if (a.status() == ActStatus.REGISTERED && content(a) instanceof AmendedContent ac && ac.corrected() != null) {
                current = ac.corrected();
            }
        }
        return current;
    }

    public ActContent current(Act original) {
        return current(original, store.amendmentsOf(original.id()));
    }

    public List<ActSummary> summaries(List<Act> acts) {
        Map<UUID, List<Subject>> subjects = store.subjects(acts.stream().map(Act::id).toList());
        return acts.stream().map(a -> new ActSummary(a.id(), a.type(), a.status(), a.number(), a.drawnUpOn(),
                a.officerUser(), a.amendsActId(), a.createdAt(), subjects.getOrDefault(a.id(), List.of()),
                a.createdBy(), a.updatedAt(), ActPersons.of(content(a)))).toList();
    }

    private HistoryEntry entry(Act a) {
        String reason = null;
        List<FieldChange> changes = List.of();
        if (content(a) instanceof AmendedContent ac) {
            reason = ac.reason();
            changes = ac.changes() == null ? List.of() : ac.changes();
        }
        return new HistoryEntry(a.id(), a.type(), a.status(), a.number(), a.drawnUpOn(), a.registeredAt(), officer(a),
                a.legalBasis(), reason, changes);
    }

    private static Officer officer(Act a) {
        return a.officerUser() == null ? null : new Officer(a.officerUser(), a.officerName());
    }
}
