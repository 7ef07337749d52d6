package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's file in the population registers (dossier / dossier): register and its history, main residence
 * and its history, and the household today. {@code version} is the ETag for changes.
 *
 * @param residence the current main residence, null when none (e.g. deceased)
 * @param household the household today, null when none
 */
public record ResidentFile(UUID personId, RegisterType registerType, ResidentStatus status, LocalDate registeredOn,
                           List<RegisterPeriod> registers, ResidencePeriod residence, List<ResidencePeriod> residences,
                           HouseholdComposition household, long version) {
}
