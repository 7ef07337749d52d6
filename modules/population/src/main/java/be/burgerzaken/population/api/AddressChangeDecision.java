package be.burgerzaken.population.api;

/**
 * The population officer's decision on a change of address: {@code decision} APPROVE (registration at the new
 * address from the declaration date) or REFUSE, which needs a {@code motivation}.
 *
 * @param provisional       APPROVE only: a provisional registration (voorlopige inschrijving / inscription
 *                          provisoire, domain.md section 3): the main residence is registered although the dwelling
 *                          breaks safety, health or planning rules, which cannot be a reason to refuse
 * @param provisionalReason why it is provisional (required when provisional, at most 2000 characters)
 */
public record AddressChangeDecision(String decision, String motivation, Boolean provisional, String provisionalReason) {
    // one constructor only: JSON-B (Yasson) cannot create a record with several
}
