package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * An impediment (verhindering / empêchement) of a designated poll worker: the reason, the day it reached the office
 * (by the rule's deadline after the designation), and {@code exemption} = the worker asks the exemption after having
 * served the rule's number of times (from 2024).
 */
public record ImpedimentInput(String reason, LocalDate receivedOn, Boolean exemption) {
}
