package be.burgerzaken.civilstatus.api;

import java.util.UUID;

/**
 * Who asks for an extract or copy (aanvrager / demandeur) and how they stand to the act's person. A requester
 * known to the person register is named by {@code personId} (or found by {@code nationalNumber}); anyone else by
 * {@code name}. Citizens may ask in any municipality: the requester need not live here.
 *
 * @param relation       one of {@link RequesterRelation}
 * @param basis          what the relation rests on when our data cannot confirm it (e.g. "notary deed 2026/451,
 *                       succession Claes", "court decision AR 26/1234 appointing the guardian"); required then
 */
public record ExtractRequester(UUID personId, String nationalNumber, String name, String relation, String basis) {
}
