package be.burgerzaken.kernel.application;

import be.burgerzaken.kernel.api.document.Block;
import be.burgerzaken.kernel.api.document.DocumentContent;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfCopy;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

/**
 * Renders a document's content to PDF in the municipality's frame (see {@link DocumentPageFrame}): title,
 * subtitle, where and when it was issued, then the blocks. The text is set in an embedded Unicode font.
 */
public final class DocumentPdfRenderer {
    static final Color GREY = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
    private static final Color HEADER_FILL = new Color(0xEE, 0xEE, 0xEE);

    /**
     * The frame of one document: who issues it, where, in which language, and how it is verified.
     *
     * @param municipality the issuing authority, e.g. "Stad Leuven"
     * @param place        the place of issue, e.g. "Leuven"
     */
    public record Frame(String municipality, String place, String language, String verificationCode, String verifyUrl,
                        Instant issuedAt) {
    }

    private DocumentPdfRenderer() {
    }

    public static byte[] render(Frame frame, DocumentContent content) {
        FrameTexts texts = FrameTexts.of(frame.language());
        Fonts fonts = new Fonts(DocumentFonts.regular(), DocumentFonts.bold());
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Document doc = new Document(PageSize.A4, 56, 56, 72, DocumentPageFrame.FOOTER_HEIGHT + 48);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new DocumentPageFrame(frame, content.title(), texts, fonts));
            doc.addTitle(content.title());
            doc.addAuthor(frame.municipality());
            doc.addCreator("Burgerzaken");
            doc.addSubject(texts.text("code") + " " + frame.verificationCode());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(frame.language()));
            doc.open();
            body(doc, frame, texts, content, fonts);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("the document could not be rendered: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * A print run (drukrun / tirage): several documents rendered as the pages of ONE PDF, each from a new page with
     * its own frame (title, verification code, QR, page numbering). The fonts are embedded once, as one subset for
     * the whole run, and the PDF is written once: the per-document cost of a mass mailing is the layout of its
     * page. {@link #pages} cuts one document out again.
     *
     * @param pdf        the run's PDF
     * @param firstPages per document, the page it starts on (1-based)
     * @param pageCounts per document, how many pages it has
     */
    public record Run(byte[] pdf, int[] firstPages, int[] pageCounts) {
    }

    /** Renders the documents (frames and contents pairwise) as one print run; see {@link Run}. */
    public static Run renderRun(List<Frame> frames, List<DocumentContent> contents) {
        if (frames.isEmpty() || frames.size() != contents.size()) {
            throw new IllegalArgumentException("a print run needs one frame per document, and at least one document");
        }
        Fonts fonts = new Fonts(DocumentFonts.regular(), DocumentFonts.bold());
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024 * frames.size());
        Document doc = new Document(PageSize.A4, 56, 56, 72, DocumentPageFrame.FOOTER_HEIGHT + 48);
        int n = frames.size();
        int[] first = new int[n];
        int[] count = new int[n];
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            Frame frame0 = frames.get(0);
            DocumentPageFrame pageFrame = new DocumentPageFrame(frame0, contents.get(0).title(),
                    FrameTexts.of(frame0.language()), fonts);
            writer.setPageEvent(pageFrame);
            doc.addTitle(contents.get(0).title());
            doc.addAuthor(frame0.municipality());
            doc.addCreator("Burgerzaken");
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(frame0.language()));
            doc.open();
            for (int i = 0; i < n; i++) {
                Frame frame = frames.get(i);
                FrameTexts texts = FrameTexts.of(frame.language());
                if (i > 0) {
                    doc.newPage();
                    pageFrame.nextDocument(writer, frame, contents.get(i).title(), texts);
                }
                first[i] = pageFrame.firstPage();
                body(doc, frame, texts, contents.get(i), fonts);
            }
            doc.close();
            for (int i = 0; i < n; i++) {
                count[i] = (i + 1 < n ? first[i + 1] : pageFrame.pages() + 1) - first[i];
            }
        } catch (DocumentException e) {
            throw new IllegalStateException("the print run could not be rendered: " + e.getMessage(), e);
        }
        return new Run(out.toByteArray(), first, count);
    }

    /**
     * The pages {@code first .. first + count - 1} of a PDF (a document of a print run) as a PDF of their own: the
     * pages as printed, with the run's embedded font subset.
     */
    public static byte[] pages(byte[] pdf, int first, int count, String title) {
        try {
            PdfReader reader = new PdfReader(pdf);
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            Document doc = new Document();
            PdfCopy copy = new PdfCopy(doc, out);
            if (title != null) {
                doc.addTitle(title);
            }
            doc.addCreator("Burgerzaken");
            doc.open();
            for (int p = first; p < first + count; p++) {
                copy.addPage(copy.getImportedPage(reader, p));
            }
            doc.close();
            reader.close();
            return out.toByteArray();
        } catch (java.io.IOException | DocumentException e) {
            throw new IllegalStateException("pages " + first + "+" + count + " could not be cut out: " + e.getMessage(),
                    e);
        }
    }

    private static void body(Document doc, Frame frame, FrameTexts texts, DocumentContent content, Fonts fonts)
            throws DocumentException {
        doc.add(paragraph(content.title(), fonts.bold(16, Color.BLACK), 2));
        if (content.subtitle() != null && !content.subtitle().isBlank()) {
            doc.add(paragraph(content.subtitle(), fonts.regular(11, GREY), 2));
        }
        doc.add(paragraph(texts.text("issued", frame.place(), texts.date(frame.issuedAt())),
                fonts.regular(9, GREY), 4));
        doc.add(new LineSeparator(0.5f, 100, RULE, Element.ALIGN_CENTER, -2));
        doc.add(paragraph(" ", fonts.regular(6, Color.BLACK), 0));
        for (Block block : content.blocks()) {
            doc.add(element(block, fonts));
        }
    }

    private static Element element(Block block, Fonts fonts) {
        if (block instanceof Block.Heading h) {
            Paragraph p = paragraph(h.text(), fonts.bold(12, Color.BLACK), 4);
            p.setSpacingBefore(10);
            p.setKeepTogether(true);
            return p;
        }
        if (block instanceof Block.Paragraph p) {
            Paragraph para = paragraph(p.text(), fonts.regular(10, Color.BLACK), 6);
            para.setLeading(0, 1.35f);
            return para;
        }
        if (block instanceof Block.Facts f) {
            PdfPTable table = table(new float[]{35, 65}, 2);
            for (Block.Fact fact : f.rows()) {
                table.addCell(cell(fact.label(), fonts.regular(10, GREY), null));
                table.addCell(cell(fact.value(), fonts.bold(10, Color.BLACK), null));
            }
            return table;
        }
        Block.Table t = (Block.Table) block;
        int columns = Math.max(1, Math.max(t.headers().size(),
                t.rows().stream().mapToInt(List::size).max().orElse(0)));
        PdfPTable table = table(null, columns);
        for (int c = 0; c < columns; c++) {
            table.addCell(bordered(cell(c < t.headers().size() ? t.headers().get(c) : "", fonts.bold(9, Color.BLACK),
                    HEADER_FILL)));
        }
        table.setHeaderRows(1);
        for (List<String> row : t.rows()) {
            for (int c = 0; c < columns; c++) {
                table.addCell(bordered(cell(c < row.size() ? row.get(c) : "", fonts.regular(9, Color.BLACK), null)));
            }
        }
        return table;
    }

    private static Paragraph paragraph(String text, Font font, float after) {
        Paragraph p = new Paragraph(text == null ? "" : text, font);
        p.setSpacingAfter(after);
        return p;
    }

    private static PdfPTable table(float[] widths, int columns) {
        PdfPTable table = widths == null ? new PdfPTable(columns) : new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setSpacingAfter(8);
        return table;
    }

    private static PdfPCell cell(String text, Font font, Color fill) {
        PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingTop(2);
        cell.setPaddingBottom(4);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static PdfPCell bordered(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPaddingLeft(3);
        return cell;
    }

    /** The two faces of the document font. */
    record Fonts(BaseFont regular, BaseFont bold) {
        Font regular(float size, Color color) {
            return new Font(regular, size, Font.NORMAL, color);
        }

        Font bold(float size, Color color) {
            return new Font(bold, size, Font.NORMAL, color);
        }
    }
}
