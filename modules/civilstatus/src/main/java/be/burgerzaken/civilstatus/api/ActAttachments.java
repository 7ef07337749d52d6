package be.burgerzaken.civilstatus.api;

import be.burgerzaken.kernel.api.access.AccessContext;

import java.io.InputStream;
import java.util.UUID;

/**
 * Documents attached to an act (bijlagen / annexes): the legal basis (court decision, police report, foreign
 * act) as PDF, PNG or JPEG. The content type is decided by the bytes (magic numbers), not only by what the
 * caller declares; size is limited ({@code bz.civilstatus.attachment.max-bytes}); the SHA-256 is stored.
 * Attachments are added to and removed from drafts only; a registered act's attachments are part of it.
 */
public interface ActAttachments {

    /**
     * Adds an attachment to a draft; the act's version goes up.
     *
     * @param expectedVersion the act version the caller saw, or null to skip the check
     */
    AttachmentView add(UUID actId, String fileName, String declaredContentType, InputStream content,
                       Long expectedVersion, AccessContext context);

    AttachmentData get(UUID actId, UUID attachmentId, AccessContext context);

    /** Removes an attachment from a draft. */
    void remove(UUID actId, UUID attachmentId, Long expectedVersion, AccessContext context);
}
