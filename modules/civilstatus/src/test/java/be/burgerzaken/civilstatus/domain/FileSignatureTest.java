package be.burgerzaken.civilstatus.domain;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileSignatureTest {
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Test
    void recognisesTheAcceptedTypesByTheirBytes() {
        assertEquals(Optional.of(FileSignature.PDF), FileSignature.detect(PDF));
        assertEquals(Optional.of(FileSignature.PNG), FileSignature.detect(PNG));
        assertEquals(Optional.of(FileSignature.JPEG), FileSignature.detect(JPEG));
        assertEquals(Optional.empty(), FileSignature.detect("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileSignature.detect(new byte[] {(byte) 0x89, 'P'}));
        assertEquals(Optional.empty(), FileSignature.detect(null));
    }

    @Test
    void normalisesDeclaredTypes() {
        assertEquals("application/pdf", FileSignature.normalise(" Application/PDF; charset=binary"));
        assertEquals("image/jpeg", FileSignature.normalise("image/jpg"));
        assertEquals("", FileSignature.normalise(null));
    }
}
