package be.burgerzaken.population.api;

/** Withdrawal of a removal proposal (e.g. the person was found at the address), with the reason. */
public record RemovalCancellation(String reason) {
}
