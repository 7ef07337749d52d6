package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * The police report (proces-verbaal / procès-verbal) an ex-officio removal rests on: its reference and the date the
 * police found that the person no longer lives at the address and that the new address is unknown.
 */
public record PoliceReport(String reference, LocalDate findingDate) {
}
