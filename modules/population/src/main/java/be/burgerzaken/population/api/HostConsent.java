package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The written consent (akkoord / accord) of the private host of a reference address: its date and reference
 * (e.g. the number of the signed form).
 */
public record HostConsent(LocalDate date, String reference) {
}
