package be.burgerzaken.elections.api;

import java.time.LocalDate;

/**
 * A person's voter status (kiezersstatus / statut d'électeur) for one current or upcoming election, as the 360°
 * citizen file shows it.
 *
 * @param status         ON_LIST, REMOVED (taken off the list after its generation: {@code reason} is the list
 *                       mutation), NOT_ON_LIST (the list was generated without them: {@code reason} says why), or, while
 *                       the list is not generated yet, EXPECTED (would be on it with today's data) / NOT_EXPECTED
 * @param reason         a code: the list mutation's kind (DEATH, SUSPENSION, OBJECTION, MOVE, ...) or the eligibility
 *                       outcome (SUSPENDED, TOO_YOUNG, WAITING_REGISTER, NON_BELGIAN_WITHOUT_REQUEST,
 *                       NATIONALITY_UNKNOWN, NOT_RESIDENT); null when on the list
 * @param reasonDetail   the mutation's detail or the suspension's legal basis, may be null
 * @param station        the polling station's number (on the list, or expected from the current address), may be null
 * @param voterNumber    the number on the list within the station, null when not on a list
 * @param letterCode     the verification code of the convocation letter, null when none was issued
 * @param duplicates     how many duplicates of the letter were issued
 * @param proxyGivenTo   name of the voter holding this person's proxy, null when none
 * @param proxyFrom      name of the voter whose proxy this person holds, null when none
 * @param nonBelgianRequest status of the non-Belgian voter request (REQUESTED, APPROVED, REFUSED, RENOUNCED), or null
 */
public record VoterStatus(String electionId, String electionName, LocalDate electionDay, LocalDate referenceDate,
                          boolean listGenerated, String status, String reason, String reasonDetail, Integer station,
                          String stationName, String stationAddress, Integer voterNumber, String letterCode,
                          int duplicates, String proxyGivenTo, String proxyFrom, String nonBelgianRequest) {
}
