package be.burgerzaken.kernel.api.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as issued (uitgereikt document / document délivré): its register data and the PDF exactly as
 * handed out; {@code sha256} is the hex SHA-256 of {@code pdf}.
 */
public record IssuedDocument(UUID id, String verificationCode, String verifyUrl, String type, String language,
                             UUID subjectPersonId, String issuedBy, Instant issuedAt, String sha256, byte[] pdf) {
}
