package br.com.patritech.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

/** Reads the QR code (or a 1D barcode) in a photo of a label, e.g. taken by a phone without live scanning. */
public final class QrReader {

    private QrReader() {
    }

    /** The code's text, or empty when the bytes are no image or show no readable code. */
    public static Optional<String> read(byte[] image) {
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(image));
            if (picture == null) {
                return Optional.empty();
            }
            BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(picture)));
            return Optional.of(new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE,
                    DecodeHintType.POSSIBLE_FORMATS, java.util.List.of(BarcodeFormat.QR_CODE, BarcodeFormat.CODE_128,
                            BarcodeFormat.CODE_39, BarcodeFormat.DATA_MATRIX))).getText());
        } catch (NotFoundException | IOException e) {
            return Optional.empty();
        }
    }
}
