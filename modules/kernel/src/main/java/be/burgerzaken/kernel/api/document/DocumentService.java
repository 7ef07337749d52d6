package be.burgerzaken.kernel.api.document;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.problem.AccessDeniedException;
import be.burgerzaken.kernel.api.problem.ConflictException;
import be.burgerzaken.kernel.api.problem.NotFoundException;
import be.burgerzaken.kernel.api.problem.ValidationException;

import java.util.List;
import java.util.UUID;

/**
 * Issues, registers and verifies documents (attesten, getuigschriften, uittreksels / certificats, extraits):
 * renders the PDF in the municipality's frame with a verification code (verificatiecode / code de
 * vérification) and a QR code pointing at the public verification, and registers who issued what for whom,
 * when, with the SHA-256 of the PDF. Issuing and reading a document about a person are protocol-logged.
 */
public interface DocumentService {

    /**
     * Renders and registers a document.
     *
     * @throws ValidationException   when the request is incomplete or invalid
     * @throws AccessDeniedException without the capability to issue documents
     */
    IssuedDocument issue(DocumentRequest request, AccessContext context);

    /**
     * Issues many documents at once as a print run (drukrun / tirage; issue 10, e.g. a chunk of convocation letters):
     * one access check, one query for the subjects, the documents rendered as the pages of one PDF per part (the parts
     * in parallel on the machine's cores, {@code bz.documents.print-run.threads}), the PDF stored once per part, every
     * document registered with its own verification code, subject and core facts (JDBC batch), and ONE protocol-log
     * entry naming every subject. {@link #get} answers each document's own pages as a PDF; {@link #verify} answers
     * its code like any other. At most {@link #MAX_RUN} requests, all of one type.
     *
     * @return the register lines, in the order of the requests
     * @throws ValidationException   when a request is incomplete or invalid, a subject unknown, or the run too large
     * @throws AccessDeniedException without the capability to issue documents
     */
    List<IssuedDocumentSummary> issueAll(List<DocumentRequest> requests, AccessContext context);

    /** The most documents {@link #issueAll} takes in one call. */
    int MAX_RUN = 2000;

    /**
     * The public verification of a code, in any notation (case, dashes, O for 0, I and L for 1). Needs no
     * login and reveals only the core facts given at issue.
     *
     * @throws ValidationException when the code is malformed or its check character does not match
     */
    Verification verify(String code);

    /**
     * An issued document with its PDF.
     *
     * @throws NotFoundException when there is no document with this id
     */
    IssuedDocument get(UUID id, AccessContext context);

    /**
     * An issued document's register line (status, requester, revocation) without the PDF.
     *
     * @throws NotFoundException when there is no document with this id
     */
    IssuedDocumentSummary summary(UUID id, AccessContext context);

    /**
     * Revokes (intrekken / révoquer) a document: verification answers REVOKED from now on.
     *
     * @throws NotFoundException when no document has this code
     * @throws ConflictException when the document was already revoked
     */
    void revoke(String code, String reason, AccessContext context);

    /** The documents issued about a person, newest first (at most {@link #MAX_LIST} of them). */
    Page<IssuedDocumentSummary> forPerson(UUID personId, AccessContext context);

    /** The longest list {@link #forPerson} answers; {@link Page#total()} tells how many there are. */
    int MAX_LIST = 200;

    // --- document reads scoped by type and draft renders (issue 3, task C) ---

    /**
     * The documents issued about a person whose type starts with {@code typePrefix} (e.g. {@code "population."}),
     * newest first; like {@link #forPerson(UUID, AccessContext)} the types the actor may not read (see
     * {@link be.burgerzaken.kernel.api.spi.DocumentTypeScope}) are left out.
     */
    Page<IssuedDocumentSummary> forPerson(UUID personId, String typePrefix, AccessContext context);

    /**
     * Renders a draft (ontwerp / projet) of a document WITHOUT issuing it: no verification code (the footer and the
     * QR code say it is a draft, not valid), no register line, no hash kept. Needs the capability to issue documents;
     * the read of the subject's data is protocol-logged (a READ, not an issue).
     *
     * @return the PDF of the draft
     * @throws ValidationException   when the request is incomplete or invalid
     * @throws AccessDeniedException without the capability to issue documents
     */
    byte[] draft(DocumentRequest request, AccessContext context);
    // --- end document reads scoped by type and draft renders ---
}
