package be.burgerzaken.civilstatus.api;

/** An attachment with its bytes, for download. */
public record AttachmentData(AttachmentView attachment, byte[] content) {
}
