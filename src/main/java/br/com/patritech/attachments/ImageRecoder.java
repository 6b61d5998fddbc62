package br.com.patritech.attachments;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Decodes a photo and writes it again from its pixels only: whatever the file carried besides them (EXIF with the GPS
 * position, comments, embedded scripts) is gone. Large photos are scaled down; a small JPEG thumbnail is made too.
 */
final class ImageRecoder {

    /** A decoded image larger than this (40 megapixels, ~160 MB of pixels) is refused before decoding. */
    static final long MAX_PIXELS = 40_000_000L;
    static final int MAX_SIDE = 2560;
    static final int THUMBNAIL_SIDE = 320;

    record Recoded(byte[] content, AttachmentFormat format, int width, int height, byte[] thumbnail) {
    }

    private ImageRecoder() {
    }

    /** PNG stays PNG (screenshots, drawings), JPEG stays JPEG; WebP becomes PNG when transparent, else JPEG. */
    static Recoded recode(byte[] data, AttachmentFormat source) {
        BufferedImage image = decode(data);
        BufferedImage scaled = scale(image, MAX_SIDE);
        if (source == AttachmentFormat.JPEG) {
            scaled = ExifOrientation.apply(scaled, ExifOrientation.of(data));
        }
        boolean asPng = source == AttachmentFormat.PNG
                || source == AttachmentFormat.WEBP && scaled.getColorModel().hasAlpha();
        byte[] content = asPng ? png(scaled) : jpeg(opaque(scaled), 0.85f);
        byte[] thumbnail = jpeg(opaque(scale(scaled, THUMBNAIL_SIDE)), 0.8f);
        return new Recoded(content, asPng ? AttachmentFormat.PNG : AttachmentFormat.JPEG, scaled.getWidth(),
                scaled.getHeight(), thumbnail);
    }

    private static BufferedImage decode(byte[] data) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new AttachmentRefusedException(AttachmentRefusedException.Reason.TOO_LARGE,
                            "attachments.image.too-many-pixels", MAX_PIXELS / 1_000_000);
                }
                BufferedImage image = reader.read(0);
                if (image == null || image.getWidth() < 1 || image.getHeight() < 1) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AttachmentRefusedException refused) {
                throw refused;
            }
            throw unreadable();
        }
    }

    private static AttachmentRefusedException unreadable() {
        return new AttachmentRefusedException(AttachmentRefusedException.Reason.WRONG_TYPE, "attachments.image.unreadable");
    }

    /** Scales down (never up) so the longer side is at most {@code side}, halving first for a smooth result. */
    static BufferedImage scale(BufferedImage image, int side) {
        BufferedImage current = image;
        while (Math.max(current.getWidth(), current.getHeight()) > side) {
            double factor = Math.max(0.5, (double) side / Math.max(current.getWidth(), current.getHeight()));
            int w = Math.max(1, (int) Math.round(current.getWidth() * factor));
            int h = Math.max(1, (int) Math.round(current.getHeight() * factor));
            BufferedImage next = new BufferedImage(w, h, current.getColorModel().hasAlpha()
                    ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(current, 0, 0, w, h, null);
            g.dispose();
            current = next;
        }
        return current;
    }

    /** JPEG has no transparency: what was transparent becomes white. */
    private static BufferedImage opaque(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return rgb;
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param); // no metadata: nothing of the original's
        } catch (IOException e) {
            throw new IllegalStateException("JPEG encoding failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException("PNG encoding failed", e);
        }
        return out.toByteArray();
    }
}
