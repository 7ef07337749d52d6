package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import be.burgerzaken.kernel.domain.VerificationCode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentPdfRendererTest {
    static final String NAME = "Çelik Şükrü Gérard Müller";
    static final Instant ISSUED = Instant.parse("2026-11-29T09:12:44Z");

    @ParameterizedTest
    @CsvSource({
            "nl, Samenstelling van het gezin, Verificatiecode, Uitgereikt te Leuven op 29 november 2026",
            "fr, Composition de ménage, Code de vérification, Délivré à Leuven le 29 novembre 2026",
            "de, Zusammensetzung des Haushalts, Prüfcode, Ausgestellt in Leuven am 29. November 2026",
            "en, Household composition, Verification code, Issued at Leuven on 29 November 2026"})
    void rendersTheDocumentInItsLanguageWithAnEmbeddedFont(String language, String title, String codeLabel,
                                                            String issued) throws Exception {
        String code = VerificationCode.random(new Random(7)).formatted();
        String url = VerifyLinks.verifyUrl("https://burgerzaken.leuven.be/", code);
        byte[] pdf = DocumentPdfRenderer.render(frame(language, code, url), content(title, 3));
        keepForALook("sample-" + language + ".pdf", pdf);

        PdfReader reader = new PdfReader(pdf);
        String page1 = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(page1.contains(title), page1);
        assertTrue(page1.contains(NAME), page1);
        assertTrue(page1.contains("Stad Leuven"), page1);
        assertTrue(page1.contains(code), page1);
        assertTrue(page1.contains(codeLabel), page1);
        assertTrue(page1.contains(issued), page1);
        assertTrue(page1.contains("ı ğ ë ö é ç"), page1);
        assertTrue(page1.contains(url), page1);
        assertTrue(fontsOfPage(reader, 1).stream().allMatch(f -> f.contains("DejaVuSans")), fontsOfPage(reader, 1)::toString);
        assertTrue(everyFontEmbedded(reader, 1));
        assertTrue(hasImage(reader, 1), "the QR code image is on the page");
        assertEquals(language, reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString());
        reader.close();
    }

    @Test
    void everyPageCarriesTheFrameAndItsNumber() throws Exception {
        String code = VerificationCode.random(new Random(8)).formatted();
        byte[] pdf = DocumentPdfRenderer.render(frame("nl", code, VerifyLinks.verifyUrl(null, code)), content("Lijst", 120));
        keepForALook("sample-long.pdf", pdf);
        PdfReader reader = new PdfReader(pdf);
        assertTrue(reader.getNumberOfPages() >= 2, "a long table continues on a second page");
        PdfTextExtractor text = new PdfTextExtractor(reader);
        for (int p = 1; p <= reader.getNumberOfPages(); p++) {
            String page = text.getTextFromPage(p);
            assertTrue(page.contains(code), page);
            assertTrue(page.contains("Stad Leuven"), page);
            // the total is drawn from a template filled in at the end, which the extractor reads as a separate word
            assertTrue(page.replace(" ", "").contains(p + "/" + reader.getNumberOfPages()), page);
            assertTrue(page.contains("Rijksregisternummer"), "the table's header row is repeated: " + page);
            assertTrue(hasImage(reader, p));
        }
        reader.close();
    }

    @Test
    void theQrCodeReadsBackAsTheVerifyAddress() throws Exception {
        String code = VerificationCode.random(new Random(9)).formatted();
        String url = VerifyLinks.verifyUrl("https://burgerzaken.leuven.be", code);
        BufferedImage image = QrCodes.image(url, 4);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
        assertEquals("https://burgerzaken.leuven.be/verify.xhtml?code=" + code, url);
    }

    @Test
    void theQrCodeIsEmbeddedAtOnePixelPerModuleAsOneBitImage() throws Exception {
        String code = VerificationCode.random(new Random(10)).formatted();
        String url = VerifyLinks.verifyUrl("https://burgerzaken.leuven.be", code);
        PdfReader reader = new PdfReader(DocumentPdfRenderer.render(frame("nl", code, url), content("QR", 1)));
        PdfDictionary xobjects = reader.getPageN(1).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        PdfDictionary image = null;
        for (PdfName key : xobjects.getKeys()) {
            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
            if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                image = x;
            }
        }
        assertNotNull(image, "the QR code image is on the page");
        int modules = QrCodes.image(url, 1).getWidth();
        assertEquals(modules, image.getAsNumber(PdfName.WIDTH).intValue(), "one pixel per module, quiet zone included");
        assertEquals(1, image.getAsNumber(PdfName.BITSPERCOMPONENT).intValue());
        // the embedded image itself reads back as the verify address (raw 1-bit rows, 1 = white)
        int w = image.getAsNumber(PdfName.WIDTH).intValue();
        int h = image.getAsNumber(PdfName.HEIGHT).intValue();
        byte[] rows = PdfReader.getStreamBytes((com.lowagie.text.pdf.PRStream) image);
        int scale = 4;
        int[] pixels = new int[w * scale * h * scale];
        for (int y = 0; y < h * scale; y++) {
            for (int x = 0; x < w * scale; x++) {
                int mx = x / scale;
                int my = y / scale;
                boolean white = (rows[my * ((w + 7) / 8) + mx / 8] & (0x80 >>> (mx % 8))) != 0;
                pixels[y * w * scale + x] = white ? 0xFFFFFFFF : 0xFF000000;
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w * scale, h * scale, pixels)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
        reader.close();
    }

    @Test
    void documentsRenderedAtTheSameTimeShareTheFontAndEachEmbedItsOwnText() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> pages = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String title = "Document " + i + " ı ğ ë ö é ç";
                pages.add(pool.submit(() -> {
                    String code = VerificationCode.random(new Random(title.hashCode())).formatted();
                    byte[] pdf = DocumentPdfRenderer.render(frame("nl", code, VerifyLinks.verifyUrl(null, code)),
                            content(title, 2));
                    PdfReader reader = new PdfReader(pdf);
                    String text = new PdfTextExtractor(reader).getTextFromPage(1);
                    assertTrue(everyFontEmbedded(reader, 1));
                    reader.close();
                    return text;
                }));
            }
            for (int i = 0; i < pages.size(); i++) {
                String text = pages.get(i).get();
                assertTrue(text.contains("Document " + i + " ı ğ ë ö é ç"), text);
            }
        } finally {
            pool.shutdownNow();
        }
        assertSame(DocumentFonts.regular(), DocumentFonts.regular(), "the font is parsed once");
    }

    static DocumentPdfRenderer.Frame frame(String language, String code, String url) {
        return new DocumentPdfRenderer.Frame("Stad Leuven", "Leuven", language, code, url, ISSUED);
    }

    static DocumentContent content(String title, int rows) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            table.add(List.of(i == 0 ? NAME : "Peeters Jan " + i, "90.05.01-123.4" + (i % 10), "1990-05-01"));
        }
        return new DocumentContent(title, "Stad Leuven — dienst Burgerzaken", List.of(
                new Block.Heading("Persoon"),
                Block.Facts.of("Naam", NAME, "Geboren", "1 mei 1990", "Tekens", "ı ğ ë ö é ç"),
                new Block.Paragraph("De persoon maakt deel uit van het volgende gezin."),
                new Block.Table(List.of("Naam", "Rijksregisternummer", "Geboortedatum"), table)));
    }

    /** The samples stay in target/document-samples, to look at the layout. */
    private static void keepForALook(String name, byte[] pdf) throws IOException {
        Path dir = Path.of("target", "document-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), pdf);
    }

    private static List<String> fontsOfPage(PdfReader reader, int page) {
        PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        List<String> names = new ArrayList<>();
        for (PdfName key : fonts.getKeys()) {
            names.add(fonts.getAsDict(key).getAsName(PdfName.BASEFONT).toString());
        }
        return names;
    }

    private static boolean everyFontEmbedded(PdfReader reader, int page) {
        PdfDictionary fonts = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.FONT);
        for (PdfName key : fonts.getKeys()) {
            PdfDictionary font = fonts.getAsDict(key);
            PdfDictionary descendant = font.getAsArray(PdfName.DESCENDANTFONTS).getAsDict(0);
            PdfDictionary descriptor = descendant.getAsDict(PdfName.FONTDESCRIPTOR);
            if (descriptor.get(PdfName.FONTFILE2) == null) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasImage(PdfReader reader, int page) {
        PdfDictionary xobjects = reader.getPageN(page).getAsDict(PdfName.RESOURCES).getAsDict(PdfName.XOBJECT);
        if (xobjects == null) {
            return false;
        }
        for (PdfName key : xobjects.getKeys()) {
            PdfDictionary x = (PdfDictionary) PdfReader.getPdfObject(xobjects.get(key));
            if (PdfName.IMAGE.equals(x.getAsName(PdfName.SUBTYPE))) {
                return true;
            }
        }
        return false;
    }
}
