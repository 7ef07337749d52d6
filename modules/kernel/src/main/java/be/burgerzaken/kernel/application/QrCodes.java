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
        BitMatrix m = matrix(text);
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

    /**
     * The QR code at one pixel per module as packed 1-bit rows (each row padded to a whole byte, 1 = white as a PDF
     * DeviceGray image reads it): embedded as a raw image, without building and re-encoding an AWT image per
     * document (issue 10: a quarter of a convocation letter's CPU went to the QR image).
     */
    public record Bits(int width, int height, byte[] data) {
    }

    public static Bits bits(String text) {
        BitMatrix m = matrix(text);
        int w = m.getWidth();
        int h = m.getHeight();
        int stride = (w + 7) / 8;
        byte[] data = new byte[stride * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!m.get(x, y)) {
                    data[y * stride + x / 8] |= (byte) (0x80 >>> (x % 8));
                }
            }
        }
        return new Bits(w, h, data);
    }

    /**
     * The modules, with a fixed mask pattern: any of the 8 masks makes a valid code; letting the encoder score all 8
     * cost more than the rest of the encoding (issue 10), and a fixed one keeps the same text the same image.
     */
    private static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, "UTF-8",
                    EncodeHintType.MARGIN, 4,
                    EncodeHintType.QR_MASK_PATTERN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + text, e);
        }
    }
}
