package be.burgerzaken.frontoffice.api;

import java.time.LocalDate;
import java.time.LocalTime;

/** A free start time for a product at a counter. */
public record FreeSlot(String counter, LocalDate day, LocalTime starts, int minutes) {
}
