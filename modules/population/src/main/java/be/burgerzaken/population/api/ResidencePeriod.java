package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A period of main residence (hoofdverblijfplaats / résidence principale, IT 020) at an address, valid
 * {@code [validFrom, validTo)}: the person lived there from validFrom up to and including the day before validTo;
 * validTo null = still lives there. {@code closedAt}/{@code closedBy} say when and by whom the period was ended.
 *
 * @param referenceAddress set when the address is a reference address (referentieadres / adresse de référence,
 *                         IT 024) rather than where the person lives: at the OCMW/CPAS or at a private host
 * @param provisionalReason set when the registration is provisional (domain.md section 3: the dwelling breaks safety,
 *                          health or planning rules, which cannot be a reason to refuse): why
 */
public record ResidencePeriod(Address address, LocalDate validFrom, LocalDate validTo, OriginKind origin,
                              String originNis, String originCountry, Instant recordedAt, String recordedBy,
                              String basisKind, String basisRef, Instant closedAt, String closedBy,
                              ReferenceAddressKind referenceAddress, String provisionalReason) {

    /** A period without a provisional registration. */
    public ResidencePeriod(Address address, LocalDate validFrom, LocalDate validTo, OriginKind origin,
                           String originNis, String originCountry, Instant recordedAt, String recordedBy,
                           String basisKind, String basisRef, Instant closedAt, String closedBy,
                           ReferenceAddressKind referenceAddress) {
        this(address, validFrom, validTo, origin, originNis, originCountry, recordedAt, recordedBy, basisKind, basisRef,
                closedAt, closedBy, referenceAddress, null);
    }

    /** Whether the registration at this address is provisional (voorlopige inschrijving / inscription provisoire). */
    public boolean provisional() {
        return provisionalReason != null;
    }

    /** A period at an ordinary address (no reference address). */
    public ResidencePeriod(Address address, LocalDate validFrom, LocalDate validTo, OriginKind origin,
                           String originNis, String originCountry, Instant recordedAt, String recordedBy,
                           String basisKind, String basisRef, Instant closedAt, String closedBy) {
        this(address, validFrom, validTo, origin, originNis, originCountry, recordedAt, recordedBy, basisKind, basisRef,
                closedAt, closedBy, null, null);
    }
}
