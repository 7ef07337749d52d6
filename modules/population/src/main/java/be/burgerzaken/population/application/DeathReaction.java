package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Channel;
import be.burgerzaken.kernel.api.event.PersonDied;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.api.HouseholdPosition;
import be.burgerzaken.population.domain.Household;
import be.burgerzaken.population.domain.ReferencePersonSuccession;
import be.burgerzaken.population.domain.HouseholdMembership;
import be.burgerzaken.population.domain.RegisterEntry;
import be.burgerzaken.population.domain.Residence;
import be.burgerzaken.population.domain.Resident;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.PopulationStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The registers' reaction to a death (overlijden / décès), in the transaction that records it: the open main
 * residence, household membership and register period end on the day after the death (valid time is
 * half-open, so the person counts as living at the address on the day they died), and the resident's status
 * becomes DECEASED; the person's applied, in-production and activated identity documents are cancelled
 * ({@link DocumentEnds}). A person unknown to the registers is left alone; a second death record changes nothing.
 */
@ApplicationScoped
public class DeathReaction {
    @Inject
    PopulationStore store;
    @Inject
    AccessControl access;
    @Inject
    ProtocolLog log;
    @Inject
    Clock clock;
    @Inject
    DocumentEnds documents;

    void onDeath(@Observes PersonDied died) {
        Resident resident = store.resident(died.personId()).orElse(null);
        if (resident == null || "DECEASED".equals(resident.status())) {
            return;
        }
        Instant now = clock.instant();
        String by = access.currentActor().name();
        for (Residence r : store.residences(resident.personId())) {
            if (r.validTo() == null) {
                r.close(ValidPeriod.endAfterDeath(r.validFrom(), died.dateOfDeath()), now, by);
            }
        }
        StringBuilder household = new StringBuilder();
        List<UUID> persons = new ArrayList<>(List.of(resident.personId()));
        for (HouseholdMembership m : store.memberships(resident.personId())) {
            if (m.validTo() == null) {
                LocalDate end = ValidPeriod.endAfterDeath(m.validFrom(), died.dateOfDeath());
                m.close(end, now, by);
                Household h = store.household(m.householdId()).orElseThrow();
                store.lockForChange(h);
                if (HouseholdPosition.REFERENCE_PERSON.code().equals(m.position())) {
                    household.append(succession(h, resident.personId(), end, now, by, persons));
                }
            }
        }
        for (RegisterEntry e : store.registerEntries(resident.personId())) {
            if (e.validTo() == null) {
                e.close(ValidPeriod.endAfterDeath(e.validFrom(), died.dateOfDeath()), now, by);
            }
        }
        resident.died(now);
        store.flush();
        documents.cancelAll(resident.personId(), "death on " + died.dateOfDeath() + " (" + died.basisKind()
                + (died.basisRef() == null ? "" : " " + died.basisRef()) + ")");
        // the event does not carry the request's purpose and channel (see docs/architecture.md)
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, ResidentService.ALL_TYPES, persons,
                new AccessContext("consequence of the death recorded (" + died.basisKind()
                        + (died.basisRef() == null ? "" : " " + died.basisRef()) + ")", Channel.BATCH),
                "end residence and household on death " + died.dateOfDeath() + household, ProtocolOutcome.OK));
    }

    // --- registers (issue 3): the reference person dies ---
    /**
     * The deceased was the household's reference person: the one adult who stays becomes reference person from
     * {@code from} (the day after the death); otherwise (only minors, or several adults) the household stays
     * without one and shows on the officer's work list (GET /population/households/without-reference-person) until
     * the officer names one. Answers the protocol-log text.
     */
    private String succession(Household h, UUID deceased, LocalDate from, Instant now, String by, List<UUID> persons) {
        List<HouseholdMembership> staying = store.membersOf(h.id()).stream()
                .filter(x -> x.validTo() == null && !x.personId().equals(deceased)).toList();
        if (staying.isEmpty()) {
            return "";
        }
        Map<UUID, String> born = store.birthDates(staying.stream().map(HouseholdMembership::personId).toList());
        List<ReferencePersonSuccession.Member> members = staying.stream().map(x -> new ReferencePersonSuccession
                .Member(x.personId(), x.position(), born.get(x.personId()))).toList();
        UUID next = ReferencePersonSuccession.automatic(members, from).orElse(null);
        if (next == null) {
            return "; household " + h.id() + " left without reference person (" + staying.size()
                    + " member(s)): on the work list";
        }
        HouseholdMembership old = staying.stream().filter(x -> x.personId().equals(next)).findFirst().orElseThrow();
        LocalDate start = from.isBefore(old.validFrom()) ? old.validFrom() : from;
        old.close(start, now, by);
        store.flush(); // one open membership per person: the old one closes before the new one opens
        store.add(new HouseholdMembership(UUID.randomUUID(), h.id(), next, HouseholdPosition.REFERENCE_PERSON.code(),
                start, now, by));
        persons.add(next);
        return "; new reference person " + next + " (the only adult left) from " + start;
    }
}
