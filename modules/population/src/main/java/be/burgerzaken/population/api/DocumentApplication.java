package be.burgerzaken.population.api;

import java.util.UUID;

/**
 * An application for an identity document (aanvraag / demande) taken at the counter. The biometrics
 * themselves are never stored here: only that they were captured (and by whom and when, from the session).
 *
 * @param cardType             a card-type code ({@link CardTypeView#code()}), e.g. {@code EID}
 * @param urgent               urgent procedure (spoedprocedure / procédure urgente)
 * @param photoCaptured        the photo was taken or checked at the counter
 * @param fingerprintsCaptured the fingerprints were captured (required for card types that say so)
 */
public record DocumentApplication(UUID personId, String cardType, boolean urgent, boolean photoCaptured,
                                  boolean fingerprintsCaptured) {
}
