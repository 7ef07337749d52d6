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

    /**
     * Persons named by one protocol entry at most: the kernel stores an entry's person ids in a column of 8000
     * characters (kernel V2), room for 216 ids. An import of up to 1000 convictions names more: it is logged as
     * several entries of at most this many persons, "(part k of n)", in the same transaction (the benchmark's
     * import of 1000-row batches failed with "value too long", issue 10).
     */
    static final int PERSONS_PER_ENTRY = 200;

    void record(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what) {
        for (ProtocolRecord r : records(action, persons, context, what)) {
            log.record(r);
        }
    }

    /** The entries for {@link #record}: one, or one per {@value #PERSONS_PER_ENTRY} distinct persons. */
    static List<ProtocolRecord> records(ProtocolAction action, Collection<UUID> persons, AccessContext context,
                                        String what) {
        List<UUID> distinct = persons.stream().distinct().toList();
        if (distinct.size() <= PERSONS_PER_ENTRY) {
            return List.of(ProtocolRecord.of(action, TYPES, distinct, context, what, ProtocolOutcome.OK));
        }
        int parts = (distinct.size() + PERSONS_PER_ENTRY - 1) / PERSONS_PER_ENTRY;
        List<ProtocolRecord> out = new java.util.ArrayList<>(parts);
        for (int k = 0; k < parts; k++) {
            List<UUID> part = distinct.subList(k * PERSONS_PER_ENTRY,
                    Math.min(distinct.size(), (k + 1) * PERSONS_PER_ENTRY));
            out.add(ProtocolRecord.of(action, TYPES, part, context, what + " (part " + (k + 1) + " of " + parts + ")",
                    ProtocolOutcome.OK));
        }
        return out;
    }

    void refused(ProtocolAction action, Collection<UUID> persons, AccessContext context, String what,
                 ProtocolOutcome outcome) {
        log.recordIndependently(ProtocolRecord.of(action, TYPES, persons, context, what, outcome));
    }
}
