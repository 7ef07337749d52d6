package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A change of address was approved (adreswijziging / changement d'adresse): the persons live at {@code address}
 * in household {@code householdId} from {@code effectiveOn} (the declaration date). A synchronous CDI event in the
 * approving transaction, so other modules (elections: polling station) react all or nothing with it.
 */
public record AddressChanged(UUID addressChangeId, List<UUID> personIds, UUID fromHouseholdId, Address address,
                             UUID householdId, LocalDate effectiveOn) {
}
