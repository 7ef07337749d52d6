package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.person.Basis;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A reference address (referentieadres / adresse de référence, IT 024) for a registered resident without a fixed
 * residence: at the OCMW/CPAS (its configured address; give no address) or at a private host ({@code address},
 * {@code hostPersonId} with their own main residence at that address, {@code hostConsent}). From {@code date} the
 * person's main residence is the reference address, marked as such.
 *
 * @param category             one of {@link ReferenceAddressCategory}
 * @param kind                 one of {@link ReferenceAddressKind}
 * @param plannedEnd           for a professional absence: the planned end (at most the configured maximum, default
 *                             1 year after {@code date})
 * @param newReferencePersonId when the person is the reference person of a household others stay in
 * @param basis                legal basis; default DECLARATION
 */
public record ReferenceAddressRequest(String category, String kind, AddressInput address, UUID hostPersonId,
                                      HostConsent hostConsent, LocalDate date, LocalDate plannedEnd,
                                      UUID newReferencePersonId, Basis basis) {
}
