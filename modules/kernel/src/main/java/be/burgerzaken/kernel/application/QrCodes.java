package be.burgerzaken.kernel.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.awt.image.BufferedImage;
import java.util.Map;

/** QR codes (the verify address on every document) as black-and-white images, with the standard quiet zone. */
public final class QrCodes {
    private static final int BLACK = 0xFF000000;
    private static final int WHITE = 0xFFFFFFFF;

    private QrCodes() {
    }

    /**
     * The QR code of the text, {@code pixelsPerModule} pixels per module, error correction level M (survives a
     * crease or a stain on paper).
     */
    public static BufferedImage image(String text, int pixelsPerModule) {
        BitMatrix m;
        try {
            m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
        int w = m.getWidth() * pixelsPerModule;
        int h = m.getHeight() * pixelsPerModule;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, m.get(x / pixelsPerModule, y / pixelsPerModule) ? BLACK : WHITE);
            }
        }
        return image;
    }
}
