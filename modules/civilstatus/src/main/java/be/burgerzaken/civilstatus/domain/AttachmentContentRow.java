package be.burgerzaken.civilstatus.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** The bytes of an attachment, read only for a download. */
@Entity
@Table(name = "act_attachment_content", schema = "civilstatus")
public class AttachmentContentRow {
    @Id
    @Column(name = "attachment_id")
    private UUID attachmentId;
    private byte[] content;

    protected AttachmentContentRow() {
    }

    public AttachmentContentRow(UUID attachmentId, byte[] content) {
        this.attachmentId = attachmentId;
        this.content = content;
    }

    public byte[] content() {
        return content;
    }
}
