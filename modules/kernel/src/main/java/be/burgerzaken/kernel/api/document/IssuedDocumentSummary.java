package be.burgerzaken.kernel.api.document;

import java.time.Instant;
import java.util.UUID;

/** An issued document's register line, without the PDF; {@code status} is VALID or REVOKED. */
public record IssuedDocumentSummary(UUID id, String verificationCode, String verifyUrl, String type, String language,
                                    UUID subjectPersonId, String requester, String issuedBy, Instant issuedAt,
                                    String sha256, String status, Instant revokedAt) {
}
