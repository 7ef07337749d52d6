package be.burgerzaken.kernel.api.document;

import java.time.Instant;
import java.util.Map;

/**
 * The public answer to "is this document genuine?" (verificatie / vérification) for a verification code
 * (verificatiecode / code de vérification): {@link #VALID}, {@link #REVOKED} or {@link #UNKNOWN}, with the
 * document's core facts and nothing more. For UNKNOWN every field but code and status is null.
 */
public record Verification(String code, String status, String type, Instant issuedAt, Instant revokedAt,
                           Map<String, String> coreFacts) {
    public static final String VALID = "VALID";
    public static final String REVOKED = "REVOKED";
    public static final String UNKNOWN = "UNKNOWN";

    public static Verification unknown(String code) {
        return new Verification(code, UNKNOWN, null, null, null, null);
    }
}
