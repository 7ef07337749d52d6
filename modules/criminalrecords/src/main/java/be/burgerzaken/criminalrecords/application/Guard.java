package be.burgerzaken.criminalrecords.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Actor;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
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
 * The access check of every criminal-records operation (a refusal, or a missing purpose, logged in a transaction of
 * its own) and the protocol-log entries, always of information type CRIMINAL_RECORD.
 */
@ApplicationScoped
public class Guard {
    static final Set<InformationType> TYPES = Set.of(InformationType.CRIMINAL_RECORD);

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

    void record(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what) {
        log.record(ProtocolRecord.of(action, TYPES, persons, context, what, ProtocolOutcome.OK));
    }

    void refused(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what,
                 ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, what, outcome));
    }
}
