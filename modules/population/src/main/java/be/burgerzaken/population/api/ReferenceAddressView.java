package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A reference address (referentieadres / adresse de référence, IT 024), valid {@code [validFrom, validTo)}: at the
 * OCMW/CPAS or at a private host ({@code hostPersonId}, with the host's consent).
 */
public record ReferenceAddressView(UUID id, ReferenceAddressCategory category, ReferenceAddressKind kind,
                                   Address address, UUID hostPersonId, LocalDate hostConsentDate,
                                   String hostConsentReference, LocalDate validFrom, LocalDate validTo,
                                   LocalDate plannedEnd, Instant recordedAt, String recordedBy, String basisKind,
                                   String basisRef, Instant closedAt, String closedBy) {
}
