package be.burgerzaken.population.domain;

import be.burgerzaken.population.api.AddressInput;

import java.time.Period;
import java.util.Objects;

/**
 * Where the city's OCMW/CPAS is (the reference address of the homeless, IT 024) and how long a professional absence
 * with a reference address may last.
 */
public record ReferenceAddressSettings(AddressInput ocmwAddress, Period professionalAbsenceMax) {
    public ReferenceAddressSettings {
        Objects.requireNonNull(ocmwAddress, "ocmwAddress");
        Objects.requireNonNull(professionalAbsenceMax, "professionalAbsenceMax");
    }
}
