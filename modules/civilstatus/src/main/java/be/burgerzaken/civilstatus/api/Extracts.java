package be.burgerzaken.civilstatus.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;

import java.util.UUID;

/**
 * Extracts and copies of registered civil-status acts (uittreksels en afschriften / extraits et copies) under the
 * legal access rules (domain.md §4): public after 50 years (death), 75 (marriage), 100 (other acts), counted from
 * the day the act was drawn up; before that only the persons of the rule's circle, a narrower one when the act
 * contains a change of registered sex. The requester's relation is checked against the registered acts where they
 * tell it, otherwise declared with a basis and flagged. Issued as kernel documents (PDF, verification code, QR).
 *
 * <p>Every call needs READ_CIVIL_STATUS_ACT with a purpose (issuing also ISSUE_DOCUMENT) and is protocol-logged;
 * a refusal names the rule (403 {@link ExtractRefusedException}) and issues nothing.
 */
public interface Extracts {

    /** The access rules' outcome for this request, without issuing anything (the screen shows it first). */
    ExtractAssessment assess(UUID actId, ExtractRequest request, AccessContext context);

    /** Issues the extract, copy or multilingual extract; {@code idempotencyKey} optional (ADR 0007). */
    IssuedExtract issue(UUID actId, ExtractRequest request, AccessContext context, String idempotencyKey);

    /** The extracts and copies issued of an act, newest first. */
    Page<IssuedExtract> issued(UUID actId, int page, int size, AccessContext context);

    /** One issued extract of the act. */
    IssuedExtract get(UUID actId, UUID extractId, AccessContext context);

    /** The PDF of an issued extract, as handed out (the kernel checks READ_DOCUMENT and logs the read). */
    IssuedDocument pdf(UUID actId, UUID extractId, AccessContext context);

    /** The largest page {@link #issued} answers. */
    int MAX_PAGE = 100;
}
