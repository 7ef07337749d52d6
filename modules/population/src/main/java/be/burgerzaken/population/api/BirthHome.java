package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * Where a newborn is entered: the parent it follows, that parent's household and main-residence address, the
 * parent's register and the child's position in the household relative to its reference person.
 *
 * @param referenceAddress set when the parent's main residence is a reference address (IT 024), which the child
 *                         then shares
 */
public record BirthHome(UUID parentId, UUID householdId, Address address, RegisterType registerType,
                        HouseholdPosition childPosition, ReferenceAddressKind referenceAddress) {
}
