package be.burgerzaken.frontoffice.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.DomainException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
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
 * The access check of every front-office operation (a refusal or a missing purpose logged in a transaction of its
 * own) and its protocol-log entries: requests and appointments name a person (identification data, IT 000).
 */
@ApplicationScoped
public class Guard {
    static final Set<InformationType> TYPES = Set.of(InformationType.IDENTIFICATION);

    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;

    Actor require(Capability capability, AccessContext context, ProtocolAction action, String what) {
        try {
            return access.require(capability, context);
        } catch (AccessDeniedException | ValidationException refused) {
            log.recordIndependently(ProtocolRecord.of(action, TYPES, List.of(), context, what,
                    refused instanceof AccessDeniedException ? ProtocolOutcome.DENIED : ProtocolOutcome.INVALID));
            throw refused;
        }
    }

    Actor actor() {
        return access.currentActor();
    }

    void record(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what) {
        log.record(ProtocolRecord.of(action, TYPES, persons, context, what, ProtocolOutcome.OK));
    }

    /** Logs a refused command on its own (the command's transaction rolls back) and rethrows it. */
    RuntimeException refused(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what,
                             DomainException e) {
        ProtocolOutcome outcome = e instanceof AccessDeniedException ? ProtocolOutcome.DENIED
                : e instanceof NotFoundException ? ProtocolOutcome.NOT_FOUND : ProtocolOutcome.INVALID;
        log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, what, outcome));
        return e;
    }
}
