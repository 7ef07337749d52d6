package be.burgerzaken.population.api;

/**
 * The population officer's decision on a change of address: {@code decision} APPROVE (registration at the new
 * address from the declaration date) or REFUSE, which needs a {@code motivation}.
 */
public record AddressChangeDecision(String decision, String motivation) {
}
