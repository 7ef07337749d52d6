package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Capability;
import be.burgerzaken.kernel.api.access.InformationType;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.HostGoneReferenceAddress;
import be.burgerzaken.population.api.HouseholdWithoutReference;
import be.burgerzaken.population.api.OverdueAbsence;
import be.burgerzaken.population.api.RegisterWorkLists;
import be.burgerzaken.population.api.RemovalStage;
import be.burgerzaken.population.api.RemovalWorkItem;
import be.burgerzaken.population.persistence.WorkListStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The register procedures' work lists (issue 3): access check, paging check, one query per page, the read logged. */
@ApplicationScoped
@Transactional
public class RegisterWorkListService implements RegisterWorkLists {
    static final Set<InformationType> HOUSEHOLDS = EnumSet.of(InformationType.HOUSEHOLD);
    static final Set<InformationType> REMOVALS = EnumSet.of(InformationType.MAIN_RESIDENCE,
            InformationType.MANAGING_MUNICIPALITY);
    static final Set<InformationType> ABSENCES = EnumSet.of(InformationType.TEMPORARY_ABSENCE);

    @Inject
    WorkListStore store;
    @Inject
    FileAssembler files;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;

    @Override
    public Page<HouseholdWithoutReference> householdsWithoutReferencePerson(int page, int size, AccessContext context) {
        String query = "work list: households without reference person page " + page;
        check(context, HOUSEHOLDS, query, page, size);
        List<Object[]> rows = store.householdsWithoutReference(page, size);
        Map<UUID, Address> addresses = files.addresses(rows.stream().map(r -> WorkListStore.uuid(r[1])).distinct()
                .toList());
        List<HouseholdWithoutReference> items = rows.stream().map(r -> new HouseholdWithoutReference(
                WorkListStore.uuid(r[0]), addresses.get(WorkListStore.uuid(r[1])), bool(r[2]),
                ((Number) r[4]).intValue(), WorkListStore.date(r[5]), ((Number) r[3]).longValue())).toList();
        long total = store.countHouseholdsWithoutReference();
        // the list names households, not persons: the household information type, no person ids
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, HOUSEHOLDS, List.of(), context, query + ": "
                + items.size() + " of " + total, ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    @Override
    public Page<RemovalWorkItem> removalProposals(RemovalStage stage, int page, int size, AccessContext context) {
        String query = "work list: ex-officio removals " + (stage == null ? "OPEN" : stage) + " page " + page;
        // the police finds the proposals awaiting its report (as its pending residence checks); the rest: the officer
        boolean police = stage == RemovalStage.AWAITING_POLICE_REPORT
                && access.allows(Capability.RECORD_RESIDENCE_CHECK) && !access.allows(Capability.WRITE_PERSON);
        check(context, REMOVALS, query, page, size, police ? Capability.RECORD_RESIDENCE_CHECK : Capability.WRITE_PERSON);
        List<RemovalWorkItem> items = store.removals(stage, page, size).stream().map(r -> new RemovalWorkItem(
                WorkListStore.uuid(r[0]), WorkListStore.uuid(r[1]), stage(r[2].toString(), r[4]),
                WorkListStore.date(r[3]), r[4] == null ? null : r[4].toString(), WorkListStore.date(r[5]), bool(r[6]),
                WorkListStore.instant(r[7]), WorkListStore.date(r[8]))).toList();
        long total = store.countRemovals(stage);
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, REMOVALS, items.stream().map(RemovalWorkItem::personId)
                .distinct().toList(), context, query, ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    @Override
    public Page<OverdueAbsence> overdueAbsences(int page, int size, AccessContext context) {
        String query = "work list: temporary absences past their planned end page " + page;
        check(context, ABSENCES, query, page, size);
        LocalDate today = LocalDate.now(clock.withZone(ResidentService.BELGIUM));
        List<OverdueAbsence> items = store.overdueAbsences(today, page, size).stream().map(r -> new OverdueAbsence(
                WorkListStore.uuid(r[0]), WorkListStore.uuid(r[1]), r[2].toString(), WorkListStore.date(r[3]),
                WorkListStore.date(r[4]), ((Number) r[5]).intValue())).toList();
        long total = store.countOverdueAbsences(today);
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, ABSENCES, items.stream().map(OverdueAbsence::personId)
                .distinct().toList(), context, query, ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    static final Set<InformationType> REFERENCES = EnumSet.of(InformationType.REFERENCE_ADDRESS,
            InformationType.MAIN_RESIDENCE);

    @Override
    public Page<HostGoneReferenceAddress> hostGoneReferenceAddresses(int page, int size, AccessContext context) {
        String query = "work list: reference addresses whose host left page " + page;
        check(context, REFERENCES, query, page, size);
        List<Object[]> rows = store.hostGone(page, size);
        Map<UUID, Address> addresses = files.addresses(rows.stream().map(r -> WorkListStore.uuid(r[3])).distinct()
                .toList());
        List<HostGoneReferenceAddress> items = rows.stream().map(r -> new HostGoneReferenceAddress(
                WorkListStore.uuid(r[0]), WorkListStore.uuid(r[1]), WorkListStore.uuid(r[2]),
                addresses.get(WorkListStore.uuid(r[3])), WorkListStore.date(r[4]), WorkListStore.date(r[5]))).toList();
        long total = store.countHostGone();
        List<UUID> persons = new ArrayList<>();
        items.forEach(i -> {
            persons.add(i.personId());
            persons.add(i.hostPersonId());
        });
        log.record(ProtocolRecord.of(ProtocolAction.SEARCH, REFERENCES, persons.stream().distinct().toList(), context,
                query, ProtocolOutcome.OK));
        return new Page<>(items, page, size, total);
    }

    static RemovalStage stage(String status, Object policeReport) {
        return switch (status) {
            case "DECIDED" -> RemovalStage.DECIDED;
            case "CANCELLED" -> RemovalStage.CANCELLED;
            default -> policeReport == null ? RemovalStage.AWAITING_POLICE_REPORT : RemovalStage.AWAITING_DECISION;
        };
    }

    private void check(AccessContext context, Set<InformationType> types, String query, int page, int size) {
        check(context, types, query, page, size, Capability.WRITE_PERSON);
    }

    private void check(AccessContext context, Set<InformationType> types, String query, int page, int size,
                       Capability capability) {
        try {
            access.require(capability, context);
        } catch (AccessDeniedException denied) {
            log.recordIndependently(ProtocolRecord.of(ProtocolAction.SEARCH, types, List.of(), context, query,
                    ProtocolOutcome.DENIED));
            throw denied;
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (page < 0) {
            problems.add(new FieldProblem("page", "invalid", "pages count from 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            problems.add(new FieldProblem("size", "invalid", "the page size is 1 to " + MAX_PAGE_SIZE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o != null && (o.toString().equals("true") || o.toString().equals("1"));
    }
}
