package be.burgerzaken.civilstatus.application;

import be.burgerzaken.civilstatus.api.ActContent;
import be.burgerzaken.civilstatus.api.ActStatus;
import be.burgerzaken.civilstatus.api.ActStep;
import be.burgerzaken.civilstatus.api.ActView;
import be.burgerzaken.civilstatus.api.AmendedContent;
import be.burgerzaken.civilstatus.api.Subject;
import be.burgerzaken.civilstatus.domain.Act;
import be.burgerzaken.civilstatus.domain.ActLifecycle;
import be.burgerzaken.civilstatus.domain.SignOff;
import be.burgerzaken.civilstatus.persistence.ActNumbers;
import be.burgerzaken.civilstatus.persistence.ActStore;
import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.StaffDirectory;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The registration of an act (signature by the civil registrar), one transaction: the act's row is locked, the
 * act checked again, the register's number counter locked and advanced, the act signed, then the effects
 * ({@link RegistrationEffects}) and the protocol-log entry. Anything that fails rolls back the number with the
 * rest. Reached through {@link ActService#register}.
 */
@ApplicationScoped
@Transactional
public class ActRegistration {
    @Inject
    ActStore store;
    @Inject
    ActNumbers numbers;
    @Inject
    ActGuard guard;
    @Inject
    ActViews views;
    @Inject
    ActChecks checks;
    @Inject
    ContentJson json;
    @Inject
    CivilStatusSettings settings;
    @Inject
    RegistrationEffects effects;
    @Inject
    StaffDirectory staff;
    @Inject
    Clock clock;

    public ActView register(UUID actId, long expectedVersion, AccessContext context) {
        String what = "civil-status act register " + actId;
        Actor actor = guard.require(Capability.REGISTER_CIVIL_STATUS_ACT, context, ProtocolAction.CHANGE, what);
        Act act = guard.locked(actId, context, ProtocolAction.CHANGE, what);
        ActContent content = views.content(act);
        List<Subject> subjects = subjectsOf(act);
        guard.refuseIfRegistered(act, subjects, content, context, what);
        ActLifecycle.next(act.status(), ActStep.REGISTER);
        ActGuard.checkVersion(act, expectedVersion);
        LocalDate today = LocalDate.now(clock.withZone(ActService.BELGIUM));
        checks.complete(act, content, today);
        String finalJson = act.content();
        if (content instanceof AmendedContent ac) {
            // the changes are those against the original as amended at the moment of registration
            Act original = store.find(act.amendsActId()).orElseThrow();
            if (original.status() != ActStatus.REGISTERED) {
                throw new ConflictException("original-not-registered", "the corrected act is not registered", 409);
            }
            content = checks.amended(original, ac.reason(), ac.corrected(), "content.corrected");
            finalJson = json.write(content);
        }

        String officerName = staff.displayName(actor.name()).orElse(actor.name());

        // the number: the counter row of (register, year) is locked until this transaction ends
        String register = settings.registerCode(act.type());
        int sequence = numbers.next(register, today.getYear());
        String number = settings.numberFormat().format(today.getYear(), register, sequence);
        if (!finalJson.equals(act.content())) {
            store.writeContent(act.id(), finalJson); // still READY_FOR_SIGNATURE: the last write of its content
        }
        Instant now = clock.instant();
        String signOff = SignOff.hash(act.id().toString(), act.type().name(), number, today, act.drawnUpAt(),
                actor.name(), now, String.valueOf(act.legalBasis()), finalJson,
                store.attachments(act.id()).stream().map(a -> a.sha256()).toList());
        act.register(register, today.getYear(), sequence, number, today, actor.name(), officerName, now, signOff);
        flush(act);

        // effects on the registers, in this transaction: a failure takes the number back with everything else
        try {
            List<Subject> added = effects.apply(act, content, subjects, context);
            if (!added.isEmpty()) {
                subjects = new java.util.ArrayList<>(subjects);
                subjects.addAll(added);
            }
        } catch (DomainException refused) {
            guard.recordRefusal(ProtocolAction.CHANGE, content, subjects, context, what + " refused: "
                    + refused.type(), ProtocolOutcome.INVALID);
            throw refused;
        }
        guard.record(ProtocolAction.CHANGE, content, subjects, context, what + " as " + number);
        return views.view(act);
    }

    private List<Subject> subjectsOf(Act act) {
        return store.subjects(List.of(act.id())).getOrDefault(act.id(), List.of());
    }

    private void flush(Act act) {
        long version = act.version();
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw ConflictException.staleVersion(version, version + 1);
        }
    }
}
