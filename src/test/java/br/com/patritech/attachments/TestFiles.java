package br.com.patritech.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.imageio.ImageIO;

/** Files the tests upload, built here: a camera photo with GPS EXIF, a PNG, a WebP, a PDF, an endless stream. */
public final class TestFiles {

    /** The GPS map datum written into the EXIF block: it must not survive re-encoding. */
    public static final String GPS_MARKER = "WGS-84-PATRITECH";

    /** A 1×1 lossless WebP (a valid file, as browsers test WebP support with). */
    private static final String WEBP_1X1 = "UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==";

    private TestFiles() {
    }

    /** A 640×480 JPEG whose APP1 segment carries EXIF with a GPS position (latitude/longitude and a map datum). */
    public static byte[] jpegWithGps() {
        return withExif(image("jpeg", 640, 480, false), exifWithGps());
    }

    /**
     * A 640×480 JPEG as a phone stores a portrait photo: the sensor's landscape pixels (red top-left corner) and an
     * EXIF orientation tag (6: turn 90° clockwise to show).
     */
    public static byte[] jpegWithOrientation(int orientation) {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        ByteArrayOutputStream exif = new ByteArrayOutputStream();
        exif.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        exif.writeBytes(tiff.array());
        return withExif(jpeg.toByteArray(), exif.toByteArray());
    }

    private static byte[] withExif(byte[] plain, byte[] exif) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(plain, 0, 2); // SOI
        out.write(0xFF);
        out.write(0xE1);
        int length = exif.length + 2;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exif, 0, exif.length);
        out.write(plain, 2, plain.length - 2);
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        return image("png", width, height, true);
    }

    public static byte[] webp() {
        return Base64.getDecoder().decode(WEBP_1X1);
    }

    /** A small but well-formed one-page PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF header followed by {@code size} bytes in all, produced as read: never held in memory. */
    public static InputStream pdfOfSize(long size) {
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        return new InputStream() {
            long position;

            @Override
            public int read() {
                if (position >= size) {
                    return -1;
                }
                return position < head.length ? head[(int) position++] : (int) (position++ % 26) + 'a';
            }
        };
    }

    private static byte[] image(String format, int width, int height, boolean alpha) {
        BufferedImage image = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** "Exif\0\0" + a little-endian TIFF: IFD0 points to a GPS IFD with latitude, longitude and map datum. */
    private static byte[] exifWithGps() {
        ByteBuffer tiff = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPSInfo (0x8825, LONG) -> GPS IFD at 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: five entries (2 + 5*12 + 4 = 66 bytes), values from 92
        byte[] datum = (GPS_MARKER + "\0").getBytes(StandardCharsets.US_ASCII);
        tiff.putShort((short) 5);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'S', 0, 0, 0}); // GPSLatitudeRef
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(92); // GPSLatitude
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'W', 0, 0, 0}); // GPSLongitudeRef
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(116); // GPSLongitude
        tiff.putShort((short) 18).putShort((short) 2).putInt(datum.length).putInt(140); // GPSMapDatum
        tiff.putInt(0);
        for (int[] r : new int[][] {{15, 1}, {47, 1}, {3000, 100}, {47, 1}, {52, 1}, {4500, 100}}) {
            tiff.putInt(r[0]).putInt(r[1]);
        }
        tiff.put(datum);
        byte[] body = new byte[tiff.position()];
        tiff.flip().get(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
