package be.burgerzaken.civilstatus.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A document attached to an act (bijlage / annexe), e.g. the court decision or the foreign act: PDF, PNG or
 * JPEG, its SHA-256 and who added it.
 */
public record AttachmentView(UUID id, String fileName, String contentType, long size, String sha256,
                             Instant uploadedAt, String uploadedBy) {
}
