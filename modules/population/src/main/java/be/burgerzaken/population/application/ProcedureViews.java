package be.burgerzaken.population.application;

import be.burgerzaken.population.api.AbsenceReason;
import be.burgerzaken.population.api.Address;
import be.burgerzaken.population.api.EmigrationView;
import be.burgerzaken.population.api.ReferenceAddressCategory;
import be.burgerzaken.population.api.ReferenceAddressKind;
import be.burgerzaken.population.api.ReferenceAddressView;
import be.burgerzaken.population.api.RemovalProposalView;
import be.burgerzaken.population.api.RemovalStatus;
import be.burgerzaken.population.api.TemporaryAbsenceView;
import be.burgerzaken.population.domain.AbsenceLimits;
import be.burgerzaken.population.domain.Emigration;
import be.burgerzaken.population.domain.ReferenceAddress;
import be.burgerzaken.population.domain.RemovalProposal;
import be.burgerzaken.population.domain.RemovalRules;
import be.burgerzaken.population.domain.TemporaryAbsence;
import be.burgerzaken.population.domain.ValidPeriod;
import be.burgerzaken.population.persistence.RegisterProcedureStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The register procedures' rows as the api's views, and the current ones a resident file shows (no access check, no
 * logging: the facades do both).
 */
@ApplicationScoped
public class ProcedureViews {
    @Inject
    RegisterProcedureStore store;
    @Inject
    FileAssembler files;
    @Inject
    RemovalRules removalRules;

    /** The current state of the procedures, for the resident file. */
    public record Current(TemporaryAbsenceView absence, ReferenceAddressView referenceAddress,
                          RemovalProposalView removalProposal, EmigrationView emigration) {
    }

    public Current current(UUID personId, String status, LocalDate today) {
        TemporaryAbsenceView absence = absences(personId, today).stream().filter(TemporaryAbsenceView::current)
                .reduce((a, b) -> b).orElse(null);
        ReferenceAddressView reference = referenceAddresses(personId).stream()
                .filter(r -> ValidPeriod.covers(r.validFrom(), r.validTo(), today)).reduce((a, b) -> b).orElse(null);
        RemovalProposalView removal = removals(personId, today).stream()
                .filter(r -> r.status() == RemovalStatus.PROPOSED
                        || (r.status() == RemovalStatus.DECIDED && "REMOVED".equals(status)))
                .reduce((a, b) -> b).orElse(null);
        EmigrationView emigration = "EMIGRATED".equals(status) ? emigrations(personId).stream()
                .filter(e -> e.validTo() == null).reduce((a, b) -> b).orElse(null) : null;
        return new Current(absence, reference, removal, emigration);
    }

    public List<TemporaryAbsenceView> absences(UUID personId, LocalDate today) {
        return store.absences(personId).stream().map(a -> absence(a, today)).toList();
    }

    public List<ReferenceAddressView> referenceAddresses(UUID personId) {
        List<ReferenceAddress> rows = store.referenceAddresses(personId);
        Map<UUID, Address> addresses = files.addresses(rows.stream().map(ReferenceAddress::addressId).distinct().toList());
        return rows.stream().map(r -> new ReferenceAddressView(r.id(), ReferenceAddressCategory.valueOf(r.category()),
                ReferenceAddressKind.valueOf(r.kind()), addresses.get(r.addressId()), r.hostPersonId(), r.consentDate(),
                r.consentRef(), r.validFrom(), r.validTo(), r.plannedEnd(), r.recordedAt(), r.recordedBy(),
                r.basisKind(), r.basisRef(), r.closedAt(), r.closedBy())).toList();
    }

    public List<EmigrationView> emigrations(UUID personId) {
        return store.emigrations(personId).stream().map(ProcedureViews::emigration).toList();
    }

    public List<RemovalProposalView> removals(UUID personId, LocalDate today) {
        return store.removalProposals(personId).stream().map(r -> removal(r, today)).toList();
    }

    static TemporaryAbsenceView absence(TemporaryAbsence a, LocalDate today) {
        return new TemporaryAbsenceView(a.id(), AbsenceReason.valueOf(a.reason()), a.validFrom(), a.plannedEnd(),
                a.originalPlannedEnd(), a.extensions(), a.validTo(), a.remarks(),
                AbsenceLimits.current(a.validFrom(), a.validTo(), a.plannedEnd(), today),
                AbsenceLimits.elapsed(a.validTo(), a.plannedEnd(), today), a.recordedAt(), a.recordedBy(),
                a.basisKind(), a.basisRef(), a.extendedAt(), a.extendedBy(), a.extensionBasisRef(), a.closedAt(),
                a.closedBy(), a.ruleSource());
    }

    static EmigrationView emigration(Emigration e) {
        return new EmigrationView(e.id(), e.country(), e.foreignAddress(), e.validFrom(), e.validTo(), e.recordedAt(),
                e.recordedBy(), e.basisKind(), e.basisRef(), e.closedAt(), e.closedBy());
    }

    /** The flag is computed up to the decision, else the police finding, else today. */
    RemovalProposalView removal(RemovalProposal r, LocalDate today) {
        LocalDate until = r.decisionDate() != null ? r.decisionDate()
                : r.policeFindingDate() != null ? r.policeFindingDate() : today;
        boolean flagged = r.status() == RemovalStatus.CANCELLED ? r.shortAbsence()
                : removalRules.shortAbsence(r.absentSince(), until);
        String warning = flagged ? removalRules.warning(r.absentSince(), until) : null;
        return new RemovalProposalView(r.id(), r.status(), r.absentSince(), r.remarks(), r.proposedAt(),
                r.proposedBy(), r.policeReportRef(), r.policeFindingDate(), r.policeRecordedAt(), r.policeRecordedBy(),
                r.decisionDate(), r.decisionRef(), r.decidedAt(), r.decidedBy(), r.cancelReason(), r.cancelledAt(),
                r.cancelledBy(), flagged, warning);
    }
}
