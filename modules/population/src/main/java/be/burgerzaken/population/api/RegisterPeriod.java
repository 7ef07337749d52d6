package be.burgerzaken.population.api;

import java.time.Instant;
import java.time.LocalDate;

/** A period in one register (IT 210), valid {@code [validFrom, validTo)}; validTo null = current. */
public record RegisterPeriod(RegisterType registerType, LocalDate validFrom, LocalDate validTo, Instant recordedAt,
                             String recordedBy, String basisKind, String basisRef) {
}
