package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.access.Channel;
import be.burgerzaken.kernel.api.event.PersonDied;
import be.burgerzaken.kernel.api.protocol.ProtocolAction;
import be.burgerzaken.kernel.api.protocol.ProtocolLog;
import be.burgerzaken.kernel.api.protocol.ProtocolOutcome;
import be.burgerzaken.kernel.api.protocol.ProtocolRecord;
import be.burgerzaken.population.domain.Household;
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
import java.util.List;

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
        for (HouseholdMembership m : store.memberships(resident.personId())) {
            if (m.validTo() == null) {
                m.close(ValidPeriod.endAfterDeath(m.validFrom(), died.dateOfDeath()), now, by);
                Household h = store.household(m.householdId()).orElseThrow();
                store.lockForChange(h);
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
        log.record(ProtocolRecord.of(ProtocolAction.CHANGE, ResidentService.ALL_TYPES, List.of(resident.personId()),
                new AccessContext("consequence of the death recorded (" + died.basisKind()
                        + (died.basisRef() == null ? "" : " " + died.basisRef()) + ")", Channel.BATCH),
                "end residence and household on death " + died.dateOfDeath(), ProtocolOutcome.OK));
    }
}
