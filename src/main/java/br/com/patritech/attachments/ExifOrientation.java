package br.com.patritech.attachments;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;

/**
 * A phone stores a portrait photo as the sensor saw it plus an EXIF "orientation" tag. Re-encoding drops the tag, so
 * the pixels are turned first, as the camera meant them to be shown.
 */
final class ExifOrientation {

    private ExifOrientation() {
    }

    /** The EXIF orientation (1–8) of a JPEG, or 1 (as stored) when it has none or it cannot be read. */
    static int of(byte[] jpeg) {
        try {
            int i = 2;
            while (i + 4 < jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
                int marker = jpeg[i + 1] & 0xFF;
                int length = u16(jpeg, i + 2, true);
                if (marker == 0xDA || marker == 0xD9) {
                    return 1;
                }
                if (marker == 0xE1 && i + 10 < jpeg.length && new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII)
                        .equals("Exif")) {
                    return orientationInTiff(jpeg, i + 10);
                }
                i += 2 + length;
            }
        } catch (RuntimeException unreadable) {
            return 1;
        }
        return 1;
    }

    private static int orientationInTiff(byte[] data, int tiff) {
        boolean bigEndian = data[tiff] == 'M';
        int ifd = tiff + (int) u32(data, tiff + 4, bigEndian);
        int entries = u16(data, ifd, bigEndian);
        for (int k = 0; k < entries; k++) {
            int entry = ifd + 2 + 12 * k;
            if (u16(data, entry, bigEndian) == 0x0112) {
                int value = u16(data, entry + 8, bigEndian);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** The image as it should be shown for this orientation. */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        AffineTransform turn = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean swap = orientation >= 5;
        BufferedImage turned = new BufferedImage(swap ? h : w, swap ? w : h,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.drawImage(image, turn, null);
        g.dispose();
        return turned;
    }

    private static int u16(byte[] data, int at, boolean bigEndian) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    private static long u32(byte[] data, int at, boolean bigEndian) {
        long high = u16(data, bigEndian ? at : at + 2, bigEndian);
        long low = u16(data, bigEndian ? at + 2 : at, bigEndian);
        return high << 16 | low;
    }
}
