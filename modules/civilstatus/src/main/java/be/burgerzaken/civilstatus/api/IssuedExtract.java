package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An extract or copy as issued (uitgereikt uittreksel of afschrift / extrait ou copie délivré): the request record
 * and the kernel document (PDF with verification code and QR).
 *
 * @param access     PUBLIC, VERIFIED or DECLARED ("declared, not verified": the relation rests on the stated basis)
 * @param ruleId     the dated access rule that allowed it
 * @param channel    COUNTER, WRITTEN or ELECTRONIC
 */
public record IssuedExtract(UUID id, UUID actId, String actNumber, ExtractKind kind, String language,
                            UUID documentId, String verificationCode, String verifyUrl, UUID requesterPersonId,
                            String requesterName, RequesterRelation relation, AccessBasis access, String basis,
                            String ruleId, LocalDate publicFrom, String channel, String purpose, Instant issuedAt,
                            String issuedBy) {
    /** Whether the relation was only declared (not confirmed by our data). */
    public boolean declaredNotVerified() {
        return access == AccessBasis.DECLARED;
    }
}
