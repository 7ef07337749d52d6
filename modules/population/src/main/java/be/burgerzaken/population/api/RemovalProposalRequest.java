package be.burgerzaken.population.api;

import java.time.LocalDate;

/**
 * A proposal to remove a resident ex officio (voorstel tot afvoering van ambtswege / proposition de radiation
 * d'office).
 *
 * @param absentSince  since when the person is absent without having reported a new address (from the police
 *                     report or the signal)
 * @param policeReport the police report, when already there (else record it later; the decision needs it)
 */
public record RemovalProposalRequest(LocalDate absentSince, PoliceReport policeReport, String remarks) {
}
