package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.domain.VerificationCode;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static be.burgerzaken.kernel.application.DocumentPdfRendererTest.content;
import static be.burgerzaken.kernel.application.DocumentPdfRendererTest.frame;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Print runs (issue 10): many documents as the pages of one PDF, each with its own frame, cut out again. */
class DocumentPrintRunTest {

    @Test
    void everyDocumentOfARunStartsOnItsOwnPageWithItsOwnCodeAndPageNumbers() throws Exception {
        Random random = new Random(11);
        List<String> codes = new ArrayList<>();
        List<DocumentPdfRenderer.Frame> frames = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String code = VerificationCode.random(random).formatted();
            codes.add(code);
            frames.add(frame("nl", code, VerifyLinks.verifyUrl(null, code)));
        }
        // the second document is long: two pages
        List<DocumentContent> contents = List.of(letter("Anna Peeters"), content("Lijst", 120), letter("Jan Janssens"));
        DocumentPdfRenderer.Run run = DocumentPdfRenderer.renderRun(frames, contents);

        assertEquals(1, run.firstPages()[0]);
        assertEquals(1, run.pageCounts()[0]);
        assertEquals(2, run.firstPages()[1]);
        assertTrue(run.pageCounts()[1] >= 2, "the long document continues on a second page");
        int last = run.firstPages()[1] + run.pageCounts()[1];
        assertArrayEquals(new int[] {1, 2, last}, run.firstPages());
        assertEquals(1, run.pageCounts()[2]);

        PdfReader reader = new PdfReader(run.pdf());
        assertEquals(last, reader.getNumberOfPages());
        PdfTextExtractor text = new PdfTextExtractor(reader);
        String first = text.getTextFromPage(1);
        assertTrue(first.contains("Anna Peeters") && first.contains(codes.get(0)), first);
        assertTrue(first.replace(" ", "").contains("1/1"), first);
        assertFalse(first.contains(codes.get(1)), first);
        for (int p = 2; p < last; p++) {
            String page = text.getTextFromPage(p);
            assertTrue(page.contains(codes.get(1)), page);
            assertTrue(page.replace(" ", "").contains((p - 1) + "/" + run.pageCounts()[1]), page);
        }
        String third = text.getTextFromPage(last);
        assertTrue(third.contains("Jan Janssens") && third.contains(codes.get(2)), third);
        assertTrue(third.replace(" ", "").contains("1/1"), third);
        assertEquals(2, embeddedFontFiles(reader), "one embedded subset per face for the whole run");
        reader.close();
    }

    @Test
    void aDocumentCutOutOfTheRunHasOnlyItsOwnPages() throws Exception {
        Random random = new Random(12);
        List<String> codes = new ArrayList<>();
        List<DocumentPdfRenderer.Frame> frames = new ArrayList<>();
        List<DocumentContent> contents = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String code = VerificationCode.random(random).formatted();
            codes.add(code);
            frames.add(frame("fr", code, VerifyLinks.verifyUrl(null, code)));
            contents.add(letter("Voter " + i + " Çelik"));
        }
        DocumentPdfRenderer.Run run = DocumentPdfRenderer.renderRun(frames, contents);
        byte[] one = DocumentPdfRenderer.pages(run.pdf(), run.firstPages()[41], run.pageCounts()[41], "Lettre");
        PdfReader reader = new PdfReader(one);
        assertEquals(1, reader.getNumberOfPages());
        String page = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(page.contains("Voter 41 Çelik"), page);
        assertTrue(page.contains(codes.get(41)), page);
        assertFalse(page.contains(codes.get(40)) || page.contains("Voter 40 "), page);
        assertTrue(one.length < run.pdf().length / 3, "a cut-out letter does not carry the run: " + one.length + " of "
                + run.pdf().length);
        reader.close();
    }

    @Test
    void aRunNeedsOneFramePerDocument() {
        assertThrows(IllegalArgumentException.class, () -> DocumentPdfRenderer.renderRun(List.of(), List.of()));
        String code = VerificationCode.random(new Random(1)).formatted();
        assertThrows(IllegalArgumentException.class, () -> DocumentPdfRenderer.renderRun(
                List.of(frame("nl", code, VerifyLinks.verifyUrl(null, code))), List.of(letter("a"), letter("b"))));
    }

    static DocumentContent letter(String name) {
        return new DocumentContent("Oproepingsbrief", "Gemeenteraadsverkiezingen 2030", List.of(
                Block.Facts.of("Kiezer", name, "Adres", "Naamsestraat 12, 3000"),
                new Block.Paragraph("U wordt verzocht te stemmen."),
                new Block.Heading("Mee te brengen"),
                new Block.Paragraph("Uw identiteitskaart en deze brief.")));
    }

    private static int embeddedFontFiles(PdfReader reader) {
        int n = 0;
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObjectRelease(i);
            if (o != null && o.isDictionary()) {
                com.lowagie.text.pdf.PdfDictionary d = (com.lowagie.text.pdf.PdfDictionary) o;
                if (PdfName.FONTDESCRIPTOR.equals(d.getAsName(PdfName.TYPE)) && d.get(PdfName.FONTFILE2) != null) {
                    n++;
                }
            }
        }
        return n;
    }
}
