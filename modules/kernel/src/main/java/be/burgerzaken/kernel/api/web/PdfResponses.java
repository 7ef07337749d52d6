package be.burgerzaken.kernel.api.web;

import be.burgerzaken.kernel.api.document.IssuedDocument;
import jakarta.faces.context.ExternalContext;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Streams an issued document's PDF from a screen's view action (certificates, civil-status extracts), or an HTTP
 * error in its place. Personal data: the PDF is never stored by browsers or proxies.
 */
public final class PdfResponses {
    private PdfResponses() {
    }

    /** Writes the PDF inline, named after its type and verification code. */
    public static void write(ExternalContext ext, IssuedDocument d) throws IOException {
        ext.setResponseContentType("application/pdf");
        ext.setResponseHeader("Content-Disposition", "inline; filename=\"" + d.type() + "-" + d.verificationCode()
                + ".pdf\"");
        ext.setResponseHeader("Cache-Control", "private, no-store");
        ext.setResponseContentLength(d.pdf().length);
        ext.getResponseOutputStream().write(d.pdf());
    }

    /** Sends an HTTP error with its message instead of the page. */
    public static void sendError(ExternalContext ext, int status, String message) {
        try {
            ext.responseSendError(status, message);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
