package be.burgerzaken.kernel.application;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;

/**
 * The frame drawn on every page of a document: the municipality and the document's title at the top; at the
 * bottom the QR code of the verify address, the "issued electronically" notice, the verification code, the
 * verify address and the page number ("1/2").
 */
final class DocumentPageFrame extends PdfPageEventHelper {
    static final float FOOTER_HEIGHT = 84;
    private static final float QR_SIZE = 76;
    private static final float TOTAL_WIDTH = 24;
    private static final String TOTAL_MARK = "\u0000";

    private final DocumentPdfRenderer.Fonts fonts;
    private DocumentPdfRenderer.Frame frame;
    private String title;
    private FrameTexts texts;
    private Image qr;
    private PdfTemplate total;
    /** The first page of the current document (a print run holds several documents, each from a new page). */
    private int firstPage = 1;
    /** Pages ended so far. */
    private int pages;

    DocumentPageFrame(DocumentPdfRenderer.Frame frame, String title, FrameTexts texts, DocumentPdfRenderer.Fonts fonts) {
        this.fonts = fonts;
        set(frame, title, texts);
    }

    /**
     * A print run: the pages from the current one on belong to the next document, with its own title, verification
     * code, QR and page numbering ("1/1"). Call right after {@code Document.newPage()}; the previous document's page
     * total is filled in now.
     */
    void nextDocument(PdfWriter writer, DocumentPdfRenderer.Frame frame, String title, FrameTexts texts) {
        fillTotal(writer.getPageNumber() - firstPage);
        set(frame, title, texts);
        firstPage = writer.getPageNumber();
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    /** The page the current document starts on (1-based). */
    int firstPage() {
        return firstPage;
    }

    /** How many pages were ended (written) so far. */
    int pages() {
        return pages;
    }

    private void set(DocumentPdfRenderer.Frame frame, String title, FrameTexts texts) {
        this.frame = frame;
        this.title = title == null ? "" : title;
        this.texts = texts;
        try {
            // one pixel per module, scaled to QR_SIZE by the PDF (1-bit raw image, no interpolation): the same
            // printed code as 4 pixels per module at a sixteenth of the pixels to encode (the benchmark's letter
            // batch spent about a quarter of its CPU converting the larger image, issue 10)
            QrCodes.Bits bits = QrCodes.bits(frame.verifyUrl());
            // ImgRaw itself: Image.getInstance would re-encode 1-bit rows as CCITT G4
            this.qr = new com.lowagie.text.ImgRaw(bits.width(), bits.height(), 1, 1, bits.data());
        } catch (BadElementException e) {
            throw new IllegalStateException("the QR code could not be embedded", e);
        }
        qr.scaleAbsolute(QR_SIZE, QR_SIZE);
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float left = document.left();
        float right = document.right();
        float bottom = 36;
        Fixed fixed = this.fixed.computeIfAbsent(frame.municipality() + "\n" + title + "\n" + frame.language(),
                k -> fixed(writer, document));
        cb.addTemplate(fixed.template(), 0, 0);
        try {
            qr.setAbsolutePosition(left - 6, bottom);
            cb.addImage(qr);
        } catch (DocumentException e) {
            throw new IllegalStateException("the QR code could not be placed", e);
        }
        ColumnText ct = new ColumnText(cb);
        ct.setSimpleColumn(left + QR_SIZE, bottom, right - 40, fixed.noticeBottom());
        Paragraph code = new Paragraph();
        code.add(new Phrase(texts.text("code") + ": ", fonts.regular(8.5f, Color.BLACK)));
        code.add(new Phrase(frame.verificationCode(), fonts.bold(8.5f, Color.BLACK)));
        code.setSpacingBefore(3);
        ct.addElement(code);
        ct.addElement(new Paragraph(texts.text("verifyAt") + ": " + frame.verifyUrl(), fonts.regular(8, Color.BLACK)));
        try {
            ct.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("the footer could not be drawn", e);
        }
        pageNumber(cb, writer.getPageNumber() - firstPage + 1, right, bottom + 4);
        pages++;
    }

    /**
     * What every page of the same authority, title and language shows alike (header, rules, the "issued electronically"
     * notice), drawn once per PDF as a template (a form XObject) and placed on each page: a print run's letters share
     * it (issue 10: the page frame was 40% of a letter's CPU). {@code noticeBottom} is where the code follows.
     */
    private record Fixed(PdfTemplate template, float noticeBottom) {
    }

    private final java.util.Map<String, Fixed> fixed = new java.util.HashMap<>();

    private Fixed fixed(PdfWriter writer, Document document) {
        float width = document.getPageSize().getWidth();
        float height = document.getPageSize().getHeight();
        PdfTemplate t = writer.getDirectContent().createTemplate(width, height);
        float left = document.left();
        float right = document.right();
        float top = height - 40;
        ColumnText.showTextAligned(t, Element.ALIGN_LEFT,
                new Phrase(frame.municipality(), fonts.bold(10, Color.BLACK)), left, top, 0);
        ColumnText.showTextAligned(t, Element.ALIGN_RIGHT,
                new Phrase(title, fonts.regular(8, DocumentPdfRenderer.GREY)), right, top, 0);
        rule(t, left, right, top - 6);
        float bottom = 36;
        rule(t, left, right, bottom + FOOTER_HEIGHT);
        ColumnText ct = new ColumnText(t);
        ct.setSimpleColumn(left + QR_SIZE, bottom, right - 40, bottom + FOOTER_HEIGHT - 4);
        Paragraph notice = new Paragraph(texts.text("electronic", frame.municipality()),
                fonts.regular(7.5f, DocumentPdfRenderer.GREY));
        notice.setLeading(0, 1.25f);
        ct.addElement(notice);
        try {
            ct.go();
        } catch (DocumentException e) {
            throw new IllegalStateException("the footer could not be drawn", e);
        }
        return new Fixed(t, ct.getYLine());
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        fillTotal(writer.getPageNumber() - firstPage);
    }

    private void fillTotal(int pagesOfDocument) {
        ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
                new Phrase(Integer.toString(pagesOfDocument), fonts.regular(8, Color.BLACK)), 0, 2, 0);
    }

    /** "n/" then the total, which is only known when the document closes (a template filled in then). */
    private void pageNumber(PdfContentByte cb, int page, float right, float y) {
        String[] parts = texts.text("page", page, TOTAL_MARK).split(TOTAL_MARK, -1);
        String before = parts[0];
        String after = parts.length > 1 ? parts[1] : "";
        float size = 8;
        float x = right - fonts.regular().getWidthPoint(after, size) - TOTAL_WIDTH
                - fonts.regular().getWidthPoint(before, size);
        ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(before, fonts.regular(size, Color.BLACK)), x, y, 0);
        cb.addTemplate(total, x + fonts.regular().getWidthPoint(before, size), y - 2);
        if (!after.isEmpty()) {
            ColumnText.showTextAligned(cb, Element.ALIGN_RIGHT, new Phrase(after, fonts.regular(size, Color.BLACK)),
                    right, y, 0);
        }
    }

    private static void rule(PdfContentByte cb, float left, float right, float y) {
        cb.saveState();
        cb.setColorStroke(DocumentPdfRenderer.RULE);
        cb.setLineWidth(0.5f);
        cb.moveTo(left, y);
        cb.lineTo(right, y);
        cb.stroke();
        cb.restoreState();
    }
}
