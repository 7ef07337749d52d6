package be.burgerzaken.civilstatus.application;

import be.burgerzaken.kernel.api.problem.FieldProblem;
import be.burgerzaken.kernel.api.problem.ValidationException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AttachmentServiceTest {
    static final byte[] PDF = "%PDF-1.4\nbody".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};

    @Test
    void theBytesMustBeWhatIsDeclared() {
        assertEquals("application/pdf", AttachmentService.checkType("application/pdf", PDF));
        List<FieldProblem> mismatch = assertThrows(ValidationException.class,
                () -> AttachmentService.checkType("application/pdf", PNG)).problems();
        assertEquals(List.of(new FieldProblem("content", "type-mismatch",
                "the bytes are image/png, not application/pdf as declared")), mismatch);
        List<FieldProblem> html = assertThrows(ValidationException.class,
                () -> AttachmentService.checkType("text/html", "<html>".getBytes(StandardCharsets.US_ASCII))).problems();
        assertEquals(List.of("Content-Type", "content"), html.stream().map(FieldProblem::field).toList());
        assertEquals("unsupported", assertThrows(ValidationException.class,
                () -> AttachmentService.checkType("text/plain", PDF)).problems().get(0).code());
    }

    @Test
    void theSizeIsLimitedAndEmptyFilesRefused() {
        assertArrayEquals(PDF, AttachmentService.read(new ByteArrayInputStream(PDF), PDF.length));
        assertEquals("too-large", assertThrows(ValidationException.class,
                () -> AttachmentService.read(new ByteArrayInputStream(PDF), PDF.length - 1)).problems().get(0).code());
        assertEquals("empty", assertThrows(ValidationException.class,
                () -> AttachmentService.read(new ByteArrayInputStream(new byte[0]), 10)).problems().get(0).code());
    }

    @Test
    void fileNamesHaveNoPathAndADefault() {
        assertEquals("attachment.png", AttachmentService.fileName(null, "image/png"));
        assertEquals("vonnis.pdf", AttachmentService.fileName(" vonnis.pdf ", "application/pdf"));
        assertEquals("invalid", assertThrows(ValidationException.class,
                () -> AttachmentService.fileName("../etc/passwd", "application/pdf")).problems().get(0).code());
        assertEquals("a6d4e7b3b0a4b6ab1b6ef7b6ff44e7fa4b5d0b0e1e4f0c4b9f5f6a5e0c1d2e3f".length(),
                AttachmentService.sha256(PDF).length());
    }
}
