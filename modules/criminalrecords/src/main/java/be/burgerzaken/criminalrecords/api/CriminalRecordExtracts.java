package be.burgerzaken.criminalrecords.api;

import be.burgerzaken.kernel.api.access.AccessContext;
import be.burgerzaken.kernel.api.document.IssuedDocument;
import be.burgerzaken.kernel.api.person.Page;
import be.burgerzaken.kernel.api.person.VotingRightsSuspension;

import java.util.List;
import java.util.UUID;

/**
 * Extracts from the criminal record (uittreksel uit het strafregister / extrait de casier judiciaire): intake,
 * check, preview, issue or refuse, one transaction per call; every view of a conviction protocol-logged with the
 * purpose. Requests and previews need REQUEST_CRIMINAL_RECORD_EXTRACT; the full record READ_CRIMINAL_RECORD.
 */
public interface CriminalRecordExtracts {
    int MAX_PAGE = 100;

    /** Takes a request: the person must be a resident, the model and who asks allowed by the rules. */
    ExtractRequestView receive(ExtractApplication application, AccessContext context);

    ExtractRequestView get(UUID requestId, AccessContext context);

    /** Requests, newest first, optionally of one status. */
    Page<ExtractRequestView> list(RequestStatus status, int page, int size, AccessContext context);

    /**
     * The extract requests of one person, newest first (for the front office's citizen file, issue 8); logged like
     * {@link #list}.
     */
    Page<ExtractRequestView> forPerson(java.util.UUID personId, int page, int size, AccessContext context);

    /** The clerk checked the identity (and the proof): RECEIVED -> CHECKED. */
    ExtractRequestView check(UUID requestId, long version, AccessContext context);

    /** What the extract would show today: only what appears. */
    ExtractPreview preview(UUID requestId, AccessContext context);

    /** Issues the extract as a PDF (CHECKED -> ISSUED). */
    ExtractRequestView issue(UUID requestId, long version, AccessContext context);

    /** Refuses the request with a reason (RECEIVED or CHECKED -> REFUSED). */
    ExtractRequestView refuse(UUID requestId, long version, String reason, AccessContext context);

    /** The PDF of an issued extract. */
    IssuedDocument pdf(UUID requestId, AccessContext context);

    /** The full record of a person (criminal-records clerk only). */
    CriminalRecordView record(UUID personId, AccessContext context);

    /** The voting-rights suspensions our convictions published for the person (criminal-records clerk only). */
    List<VotingRightsSuspension> votingRights(UUID personId, AccessContext context);
}
