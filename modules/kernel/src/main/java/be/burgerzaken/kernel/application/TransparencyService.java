package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.identity.NationalNumber;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.kernel.persistence.IntegratorStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Transparency (inzagerecht / droit de regard, "who looked at my data"): from the protocol log, who consulted or
 * changed a person's data, when, which information and why; and misuse signals for auditors. Reading a person's
 * access history is itself logged (information type BZ-ACCESS).
 */
@ApplicationScoped
@Transactional
public class TransparencyService {

    /** One consultation or change: integrators by their body, staff as municipal staff with their user name. */
    public record AccessEntry(Instant occurredAt, String who, String whoKind, String body, String action,
                              List<String> informationTypes, List<String> categories, String purpose,
                              String outcome) {
    }

    public record AccessHistory(UUID personId, List<AccessEntry> items, int page, int size, long total) {
    }

    /** A misuse signal: which rule, who, how many, and a readable detail. */
    public record Signal(String rule, String actor, long count, String detail) {
    }

    @PersistenceContext(unitName = "kernel")
    EntityManager em;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "bz.transparency.many-persons", defaultValue = "50")
    int manyPersons;
    @Inject
    @ConfigProperty(name = "bz.transparency.office-hours", defaultValue = "07:00-19:00")
    String officeHours;
    @Inject
    @ConfigProperty(name = "bz.transparency.flagged-persons")
    Optional<String> flaggedPersons;

    public AccessHistory ofPerson(UUID personId, int page, int size, AccessContext context) {
        require(Capability.READ_ACCESS_HISTORY, context, personId);
        if (em.createNativeQuery("SELECT id FROM kernel.person WHERE id = ?").setParameter(1, personId)
                .getResultList().isEmpty()) {
            throw new NotFoundException("no person with id " + personId);
        }
        return history(personId, page, size, context);
    }

    public AccessHistory ofNationalNumber(String nationalNumber, int page, int size, AccessContext context) {
        require(Capability.READ_ACCESS_HISTORY, context, null);
        String digits;
        try {
            digits = NationalNumber.parse(nationalNumber).digits();
        } catch (RuntimeException e) {
            throw new ValidationException("nationalNumber", "invalid", e.getMessage());
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM kernel.person WHERE national_number = ?")
                .setParameter(1, digits).getResultList();
        if (ids.isEmpty()) {
            throw new NotFoundException("no person with national number " + digits);
        }
        return history(UUID.fromString(ids.get(0).toString()), page, size, context);
    }

    private AccessHistory history(UUID personId, int page, int size, AccessContext context) {
        int n = Math.min(Math.max(size, 1), 200);
        int p = Math.max(page, 0);
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM kernel.protocol_entry_person WHERE person_id = ?")
                .setParameter(1, personId).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT e.occurred_at, e.actor, e.actor_kind, b.name, e.action,"
                        + " e.info_types, e.purpose, e.outcome FROM kernel.protocol_entry_person pp"
                        + " JOIN kernel.protocol_entry e ON e.id = pp.entry_id"
                        + " LEFT JOIN kernel.api_client c ON c.client_id = e.actor AND e.actor_kind = 'INTEGRATOR'"
                        + " LEFT JOIN kernel.integrator_body b ON b.id = c.body_id"
                        + " WHERE pp.person_id = ? ORDER BY pp.occurred_at DESC, e.id DESC"
                        + " OFFSET " + ((long) p * n) + " ROWS FETCH NEXT " + n + " ROWS ONLY")
                .setParameter(1, personId).getResultList();
        List<AccessEntry> items = new ArrayList<>();
        for (Object[] r : rows) {
            String kind = String.valueOf(r[2]);
            String actor = String.valueOf(r[1]);
            String body = r[3] == null ? null : r[3].toString();
            String who = switch (kind) {
                case "INTEGRATOR" -> body == null ? actor : body;
                case "SYSTEM" -> "the municipality's system";
                default -> "municipal staff (" + actor + ")";
            };
            List<String> codes = r[5] == null || r[5].toString().isBlank() ? List.of()
                    : Arrays.asList(r[5].toString().split(","));
            List<String> categories = codes.stream().map(c -> {
                try {
                    return InformationType.fromCode(c).name();
                } catch (IllegalArgumentException e) {
                    return c;
                }
            }).toList();
            items.add(new AccessEntry(IntegratorStore.instant(r[0]), who, kind, body, String.valueOf(r[4]), codes,
                    categories, String.valueOf(r[6]), String.valueOf(r[7])));
        }
        log.record(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.ACCESS_HISTORY), List.of(personId),
                context, "access history", ProtocolOutcome.OK));
        return new AccessHistory(personId, items, p, n, total);
    }

    /**
     * Misuse signals in {@code [from, to)} (at most 31 days): staff who looked up more than
     * {@code bz.transparency.many-persons} different persons, lookups outside office hours or at weekends
     * ({@code bz.transparency.office-hours}, Belgian time), and lookups of persons flagged by configuration
     * ({@code bz.transparency.flagged-persons}: national numbers of public figures, colleagues).
     */
    public List<Signal> signals(Instant from, Instant to) {
        try {
            access.require(Capability.READ_MISUSE_SIGNALS, null);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.AUDIT, List.of(), List.of(),
                    AccessContext.rest("misuse signals"), "misuse signals", ProtocolOutcome.DENIED));
            throw denied;
        }
        if (from == null || to == null || !to.isAfter(from) || Duration.between(from, to).toDays() > 31) {
            throw new ValidationException("from", "range", "give a period of at most 31 days (from before to)");
        }
        List<Signal> signals = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> many = em.createNativeQuery("SELECT e.actor, COUNT(DISTINCT p.person_id) FROM kernel.protocol_entry e"
                        + " JOIN kernel.protocol_entry_person p ON p.entry_id = e.id WHERE e.actor_kind = 'STAFF'"
                        + " AND e.occurred_at >= ? AND e.occurred_at < ? GROUP BY e.actor HAVING COUNT(DISTINCT p.person_id) > ?"
                        + " ORDER BY 2 DESC")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to))
                .setParameter(3, manyPersons).getResultList();
        for (Object[] r : many) {
            long count = ((Number) r[1]).longValue();
            signals.add(new Signal("MANY_PERSONS", r[0].toString(), count, count + " different persons looked up "
                    + "(threshold " + manyPersons + ")"));
        }
        String[] hours = officeHours.split("-");
        LocalTime open = LocalTime.parse(hours[0].strip());
        LocalTime close = LocalTime.parse(hours[1].strip());
        @SuppressWarnings("unchecked")
        List<Object[]> times = em.createNativeQuery("SELECT e.actor, e.occurred_at FROM kernel.protocol_entry e"
                        + " WHERE e.actor_kind = 'STAFF' AND e.person_count > 0 AND e.occurred_at >= ? AND e.occurred_at < ?"
                        + " ORDER BY e.id FETCH FIRST 100000 ROWS ONLY")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to))
                .getResultList();
        Map<String, Long> outside = new LinkedHashMap<>();
        for (Object[] r : times) {
            ZonedDateTime at = IntegratorStore.instant(r[1]).atZone(IntegratorAccessService.BELGIUM);
            boolean weekend = at.getDayOfWeek() == DayOfWeek.SATURDAY || at.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (weekend || at.toLocalTime().isBefore(open) || !at.toLocalTime().isBefore(close)) {
                outside.merge(r[0].toString(), 1L, Long::sum);
            }
        }
        outside.forEach((actor, count) -> signals.add(new Signal("OUTSIDE_OFFICE_HOURS", actor, count,
                count + " lookups outside office hours (" + officeHours + ", Monday to Friday)")));
        List<String> flagged = flaggedPersons.map(s -> Arrays.stream(s.split(",")).map(String::strip)
                .filter(x -> !x.isEmpty()).toList()).orElse(List.of());
        if (!flagged.isEmpty()) {
            String marks = String.join(", ", java.util.Collections.nCopies(flagged.size(), "?"));
            var q = em.createNativeQuery("SELECT e.actor, COUNT(*) FROM kernel.protocol_entry e"
                    + " JOIN kernel.protocol_entry_person p ON p.entry_id = e.id JOIN kernel.person x ON x.id = p.person_id"
                    + " WHERE e.actor_kind = 'STAFF' AND e.occurred_at >= ? AND e.occurred_at < ?"
                    + " AND x.national_number IN (" + marks + ") GROUP BY e.actor ORDER BY 2 DESC")
                    .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to));
            for (int i = 0; i < flagged.size(); i++) {
                q.setParameter(i + 3, flagged.get(i).replaceAll("\\D", ""));
            }
            @SuppressWarnings("unchecked")
            List<Object[]> hits = q.getResultList();
            for (Object[] r : hits) {
                long count = ((Number) r[1]).longValue();
                signals.add(new Signal("FLAGGED_PERSON", r[0].toString(), count, count
                        + " lookups of flagged persons (public figures, colleagues)"));
            }
        }
        // --- lookups of colleagues (issue 9, second part): persons linked to another staff account ---
        @SuppressWarnings("unchecked")
        List<Object[]> colleagues = em.createNativeQuery("SELECT e.actor, COUNT(*) FROM kernel.protocol_entry e"
                        + " JOIN kernel.protocol_entry_person p ON p.entry_id = e.id JOIN kernel.person x ON x.id = p.person_id"
                        + " JOIN kernel.app_user u ON u.national_number = x.national_number"
                        + " WHERE e.actor_kind = 'STAFF' AND e.occurred_at >= ? AND e.occurred_at < ?"
                        + " AND u.username <> e.actor GROUP BY e.actor ORDER BY 2 DESC")
                .setParameter(1, java.sql.Timestamp.from(from)).setParameter(2, java.sql.Timestamp.from(to))
                .getResultList();
        for (Object[] r : colleagues) {
            long count = ((Number) r[1]).longValue();
            signals.add(new Signal("COLLEAGUE_LOOKUP", r[0].toString(), count, count
                    + " lookups of colleagues (persons linked to another staff account)"));
        }
        // --- end lookups of colleagues ---
        log.record(ProtocolRecord.of(ProtocolAction.AUDIT, List.of(), List.of(), AccessContext.rest("misuse signals"),
                "misuse signals " + from + " to " + to, ProtocolOutcome.OK));
        return signals;
    }

    private void require(Capability c, AccessContext context, UUID personId) {
        try {
            access.require(c, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.READ, List.of(InformationType.ACCESS_HISTORY),
                    personId == null ? List.of() : List.of(personId), context, "access history", ProtocolOutcome.DENIED));
            throw denied;
        }
    }
}
