package be.burgerzaken.civilstatus.domain;

import be.burgerzaken.civilstatus.api.AttachmentView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** What is known of an attachment without its bytes (those are in {@link AttachmentContentRow}). */
@Entity
@Table(name = "act_attachment", schema = "civilstatus")
public class AttachmentRow {
    @Id
    private UUID id;
    @Column(name = "act_id")
    private UUID actId;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    @Column(name = "size_bytes")
    private long size;
    private String sha256;
    @Column(name = "uploaded_at")
    private Instant uploadedAt;
    @Column(name = "uploaded_by")
    private String uploadedBy;

    protected AttachmentRow() {
    }

    public AttachmentRow(UUID id, UUID actId, String fileName, String contentType, long size, String sha256,
                         Instant uploadedAt, String uploadedBy) {
        this.id = id;
        this.actId = actId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = uploadedAt;
        this.uploadedBy = uploadedBy;
    }

    public AttachmentView view() {
        return new AttachmentView(id, fileName, contentType, size, sha256, uploadedAt, uploadedBy);
    }

    public UUID id() { return id; }
    public UUID actId() { return actId; }
    public String sha256() { return sha256; }
}
