package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.RegisteredActException;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActSubjects;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The checks and protocol-log entries every act operation shares: the access check (a refusal logged in a
 * transaction of its own), finding the act (not-found logged likewise), refusing changes of registered acts, and
 * the entry for a served read or a made change, naming the persons the act concerns.
 */
@ApplicationScoped
public class ActGuard {
    static final Set<InformationType> BASE = Set.of(InformationType.CIVIL_STATUS);

    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    ActStore store;

    Actor require(Capability capability, AccessContext context, ProtocolAction action, String what) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(action, BASE, List.of(), context, what, ProtocolOutcome.DENIED));
            throw denied;
        }
    }

    /** The act, read without a lock (reads). */
    Act found(UUID id, AccessContext context, ProtocolAction action, String what) {
        return store.find(id).orElseThrow(() -> notFound(id, context, action, what));
    }

    /**
     * The act, locked for this transaction (every change): a concurrent change of the same act waits, then sees
     * the committed state. Taken before anything else is locked (protocol-log stripe, number counter), so all
     * changes lock in the same order.
     */
    Act locked(UUID id, AccessContext context, ProtocolAction action, String what) {
        return store.lock(id).orElseThrow(() -> notFound(id, context, action, what));
    }

    private NotFoundException notFound(UUID id, AccessContext context, ProtocolAction action, String what) {
        log.recordIndependently(ProtocolRecord.of(action, BASE, List.of(), context, what, ProtocolOutcome.NOT_FOUND));
        return new NotFoundException("no civil-status act with id " + id);
    }

    /** A registered act is never changed: 409 naming the amendment route; the attempt is logged. */
    void refuseIfRegistered(Act act, List<Subject> subjects, ActContent content, AccessContext context, String what) {
        if (act.status() == ActStatus.REGISTERED) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.CHANGE, types(content), ids(subjects), context,
                    what + " refused: registered act " + act.number(), ProtocolOutcome.INVALID));
            throw new RegisteredActException(act.id(), act.number());
        }
    }

    static void checkVersion(Act act, long expected) {
        if (act.version() != expected) {
            throw ConflictException.staleVersion(expected, act.version());
        }
    }

    void record(ProtocolAction action, ActContent content, Collection<Subject> subjects, AccessContext context,
                String what) {
        log.record(ProtocolRecord.of(action, types(content), ids(subjects), context, what, ProtocolOutcome.OK));
    }

    void recordRefusal(ProtocolAction action, ActContent content, Collection<Subject> subjects, AccessContext context,
                       String what, ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(action, types(content), ids(subjects), context, what, outcome));
    }

    static Set<InformationType> types(ActContent content) {
        return ActSubjects.informationTypes(content);
    }

    static List<UUID> ids(Collection<Subject> subjects) {
        return subjects.stream().map(Subject::personId).distinct().toList();
    }
}
