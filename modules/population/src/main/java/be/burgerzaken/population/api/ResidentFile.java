package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's file in the population registers (dossier / dossier): register and its history, main residence
 * and its history, and the household today. {@code version} is the ETag for changes.
 *
 * @param residence          the current main residence, null when none (e.g. deceased)
 * @param household          the household today, null when none
 * @param temporaryAbsence   the temporary absence covering today (IT 026), null when none
 * @param referenceAddress   the current reference address (IT 024), null when none
 * @param removalProposal    the open ex-officio removal proposal, or the decided one of a removed person; null when
 *                           none
 * @param emigration         the residence abroad of an emigrated person (IT 022), null when not abroad
 */
public record ResidentFile(UUID personId, RegisterType registerType, ResidentStatus status, LocalDate registeredOn,
                           List<RegisterPeriod> registers, ResidencePeriod residence, List<ResidencePeriod> residences,
                           HouseholdComposition household, long version, TemporaryAbsenceView temporaryAbsence,
                           ReferenceAddressView referenceAddress, RemovalProposalView removalProposal,
                           EmigrationView emigration) {
}
