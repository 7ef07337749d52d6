package be.burgerzaken.kernel.application;

import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Unicode font every document is set in: DejaVu Sans (regular and bold), embedded as a subset, so every
 * Latin name renders as written (é, ç, ë, ö, Ş, ğ, ı ...). The TTF files come from the
 * {@code net.sf.jasperreports:jasperreports-fonts} artifact (fonts under the Bitstream Vera / DejaVu licence).
 */
final class DocumentFonts {
    static final String REGULAR = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    static final String BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private static volatile byte[] regular;
    private static volatile byte[] bold;

    private DocumentFonts() {
    }

    static BaseFont regular() {
        byte[] b = regular;
        if (b == null) {
            b = load(REGULAR);
            regular = b;
        }
        return create("DejaVuSans.ttf", b);
    }

    static BaseFont bold() {
        byte[] b = bold;
        if (b == null) {
            b = load(BOLD);
            bold = b;
        }
        return create("DejaVuSans-Bold.ttf", b);
    }

    /**
     * The font, parsed once per JVM: OpenPDF's own font cache ({@code cached} = true) keeps one {@link BaseFont} per
     * name, encoding and embedding, shared by every document (the glyphs each document uses are tracked per
     * writer, so each PDF still embeds only its own subset). Parsing the 700 kB TTF per document took about a
     * sixth of the CPU of a convocation-letter batch (benchmark, issue 10).
     */
    private static BaseFont create(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED, ttf, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] load(String resource) {
        ClassLoader loader = DocumentFonts.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font not found on the class path: " + resource
                        + " (dependency net.sf.jasperreports:jasperreports-fonts)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
