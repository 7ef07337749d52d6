package be.burgerzaken.population.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocumentSummary;
import be.burgerzaken.kernel.api.person.Page;

import java.util.UUID;

/**
 * Population certificates (attesten / certificats): register extract, proof of main residence, household
 * composition, proof of life, nationality certificate, issued as kernel documents (PDF with verification code
 * and QR code, registered, publicly verifiable). Who may request which certificate is checked (see
 * {@code domain.RequesterRules}) and logged with the issue.
 */
public interface Certificates {

    /**
     * Builds the certificate in the requested language and issues it; the access check, the requester check, the
     * document and the protocol-log entry commit together. With an {@code idempotencyKey} (ADR 0007) a retry
     * returns the first certificate.
     *
     * @throws be.burgerzaken.kernel.api.problem.ValidationException bad type, language, requester, or a holder
     *                                                               who is not resident
     * @throws be.burgerzaken.kernel.api.problem.NotFoundException   the person is not in the registers
     */
    IssuedCertificate issue(CertificateRequest request, AccessContext context, String idempotencyKey);

    /** The documents issued about the person, newest first. */
    Page<IssuedDocumentSummary> issued(UUID personId, AccessContext context);

    // --- drafts and revocation (issue 3, task C) ---

    /**
     * The certificate as it would be issued, rendered as a draft PDF (ontwerp / projet: no verification code, not
     * registered, not valid) after the same checks as {@link #issue}; the reads are protocol-logged.
     */
    byte[] draft(CertificateRequest request, AccessContext context);

    /**
     * Revokes (intrekken / révoquer) an issued population certificate with a reason: verification answers REVOKED
     * from now on. Needs ISSUE_POPULATION_CERTIFICATE and REVOKE_DOCUMENT (the population officer).
     *
     * @return the certificate's register line after the revocation
     * @throws be.burgerzaken.kernel.api.problem.NotFoundException no population certificate with this id
     * @throws be.burgerzaken.kernel.api.problem.ConflictException already revoked
     */
    IssuedDocumentSummary revoke(UUID documentId, String reason, AccessContext context);
}
