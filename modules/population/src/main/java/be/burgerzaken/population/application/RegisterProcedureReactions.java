package be.burgerzaken.population.application;

import be.burgerzaken.kernel.api.access.AccessControl;
import be.burgerzaken.kernel.api.event.PersonDied;
import be.burgerzaken.population.api.AddressChanged;
import be.burgerzaken.population.domain.ReferenceAddress;
import be.burgerzaken.population.domain.RemovalProposal;
import be.burgerzaken.population.domain.TemporaryAbsence;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.RegisterProcedureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The register procedures' reactions, in the transaction of the event: an approved change of address ends the
 * movers' reference address on the day it takes effect (they live at an address of their own from then; the
 * residence itself was moved by the change of address); a death ends a current temporary absence and reference
 * address on the day after the death (like the residence, see {@link DeathReaction}) and withdraws an open removal
 * proposal. The protocol-log entries are those of the change of address and of {@link DeathReaction}.
 */
@ApplicationScoped
public class RegisterProcedureReactions {
    @Inject
    RegisterProcedureStore procedures;
    @Inject
    AccessControl access;
    @Inject
    Clock clock;

    void onAddressChanged(@Observes AddressChanged changed) {
        Instant now = clock.instant();
        String by = access.currentActor().name();
        for (UUID personId : changed.personIds()) {
            for (ReferenceAddress r : procedures.referenceAddresses(personId)) {
                if (r.validTo() == null) {
                    r.close(RegisterProcedureService.endAt(r.validFrom(), changed.effectiveOn()), now, by);
                }
            }
        }
        procedures.flush();
    }

    void onDeath(@Observes PersonDied died) {
        Instant now = clock.instant();
        String by = access.currentActor().name();
        UUID personId = died.personId();
        LocalDate day = died.dateOfDeath();
        for (TemporaryAbsence a : procedures.absences(personId)) {
            if (a.validTo() == null && a.plannedEnd().isAfter(day)) {
                a.end(ValidPeriod.endAfterDeath(a.validFrom(), day), "ended by the death", now, by);
            }
        }
        for (ReferenceAddress r : procedures.referenceAddresses(personId)) {
            if (r.validTo() == null) {
                r.close(ValidPeriod.endAfterDeath(r.validFrom(), day), now, by);
            }
        }
        for (RemovalProposal p : procedures.removalProposals(personId)) {
            if (p.open()) {
                p.cancel("death recorded (" + died.basisKind() + (died.basisRef() == null ? "" : " " + died.basisRef())
                        + ")", now, by);
            }
        }
        procedures.flush();
    }
}
