package be.burgerzaken.training.api;

/** Ending an exemption early (administrator): why, 10 to 500 characters; it is logged. */
public record ExemptionEndInput(String reason) {
}
