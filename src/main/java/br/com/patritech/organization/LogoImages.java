package br.com.patritech.organization;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;

import javax.imageio.ImageIO;

import br.com.patritech.base.DomainException;

/**
 * A logo is accepted only when it is what it claims: a PNG or JPEG by its first bytes (never by file name or the
 * browser's word), small enough for every printed page, and an image Java can actually decode.
 */
final class LogoImages {

    static final int MAX_BYTES = 256 * 1024;
    static final int MAX_SIDE = 2000;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoImages() {
    }

    /** The content type of an acceptable logo; otherwise a {@link DomainException} on field {@code logo}. */
    static String check(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new DomainException("institution.logo.empty", "logo");
        }
        if (bytes.length > MAX_BYTES) {
            throw new DomainException("institution.logo.too-large", "logo", MAX_BYTES / 1024);
        }
        String type = startsWith(bytes, PNG) ? "image/png" : startsWith(bytes, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new DomainException("institution.logo.not-image", "logo");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            image = null;
        }
        if (image == null) {
            throw new DomainException("institution.logo.not-image", "logo");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw new DomainException("institution.logo.too-large-side", "logo", MAX_SIDE);
        }
        return type;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
