package be.burgerzaken.civilstatus.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The file types an act accepts as attachments, recognised by their first bytes (magic numbers), so that a
 * declared content type that does not match the bytes is refused: PDF ({@code %PDF-}), PNG ({@code 89 50 4E 47
 * 0D 0A 1A 0A}) and JPEG ({@code FF D8 FF}).
 */
public final class FileSignature {
    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final Set<String> ACCEPTED = Set.of(PDF, PNG, JPEG);
    /** How many leading bytes {@link #detect} needs. */
    public static final int HEAD = 8;

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private FileSignature() {
    }

    /** The accepted type the bytes are, if any. */
    public static Optional<String> detect(byte[] content) {
        if (content == null) {
            return Optional.empty();
        }
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** The media type without parameters, lower case ({@code Application/PDF; x=y} is {@code application/pdf}). */
    public static String normalise(String declared) {
        if (declared == null) {
            return "";
        }
        int semicolon = declared.indexOf(';');
        String t = semicolon < 0 ? declared : declared.substring(0, semicolon);
        t = t.strip().toLowerCase(Locale.ROOT);
        return t.equals("image/jpg") || t.equals("image/pjpeg") ? JPEG : t;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
