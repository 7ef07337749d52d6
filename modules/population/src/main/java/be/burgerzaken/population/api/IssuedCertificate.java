package be.burgerzaken.population.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A certificate as issued: the kernel document's id (its PDF is {@code GET /api/v1/documents/{id}/pdf}), the
 * verification code (verificatiecode / code de vérification) and the public verify address.
 */
public record IssuedCertificate(UUID documentId, CertificateType type, String language, UUID personId,
                                String verificationCode, String verifyUrl, Instant issuedAt, String sha256) {
}
