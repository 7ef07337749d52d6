package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A newborn to enter in the registers (effect of a registered birth act).
 *
 * @param childId   the child, already a kernel person
 * @param birthDate the day the register period, main residence and household membership begin
 * @param parentIds the parents in order of precedence: the mother first, then the father or co-mother
 * @param basis     the legal basis, ACT with the birth act's number
 */
public record BirthRegistration(UUID childId, LocalDate birthDate, List<UUID> parentIds, Basis basis) {
}
