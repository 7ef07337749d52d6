package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A current reference address at a private host (referentieadres bij een particulier / adresse de référence chez un
 * particulier, IT 024) whose host no longer has their main residence there: moved away, died, removed or left for
 * abroad. The officer changes the guest's reference address (OCMW/CPAS or another host) or ends it.
 *
 * @param hostLeftOn the day the host's residence at the address ended (null: the host never lived there as recorded)
 */
public record HostGoneReferenceAddress(UUID referenceAddressId, UUID personId, UUID hostPersonId, Address address,
                                       LocalDate since, LocalDate hostLeftOn) {
}
