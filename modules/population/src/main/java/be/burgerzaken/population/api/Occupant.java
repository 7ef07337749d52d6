package be.burgerzaken.population.api;

import java.time.LocalDate;
import java.util.UUID;

/** Someone who had their main residence at an address: from when to when ({@code [validFrom, validTo)}). */
public record Occupant(UUID personId, LocalDate validFrom, LocalDate validTo) {
}
