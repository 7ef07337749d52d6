package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone who had their main residence at an address: from when to when ({@code [validFrom, validTo)}).
 *
 * @param referenceAddress set when the address is only the person's reference address (IT 024: OCMW/CPAS or private
 *                         host), not where they live
 */
public record Occupant(UUID personId, LocalDate validFrom, LocalDate validTo, ReferenceAddressKind referenceAddress) {

    /** An occupant living at the address (no reference address). */
    public Occupant(UUID personId, LocalDate validFrom, LocalDate validTo) {
        this(personId, validFrom, validTo, null);
    }
}
