package be.burgerzaken.kernel.api.document;

import java.time.Instant;
import java.util.UUID;

/**
 * A document as issued (uitgereikt document / document délivré): its register data and the PDF exactly as
 * handed out; {@code sha256} is the hex SHA-256 of {@code pdf}, except for a document issued in a print run
 * ({@link DocumentService#issueAll}): there {@code pdf} holds the document's pages cut out of the run's PDF and
 * {@code sha256} is the SHA-256 of the run's PDF as stored.
 */
public record IssuedDocument(UUID id, String verificationCode, String verifyUrl, String type, String language,
                             UUID subjectPersonId, String issuedBy, Instant issuedAt, String sha256, byte[] pdf) {
}
