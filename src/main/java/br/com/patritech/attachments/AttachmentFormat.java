package br.com.patritech.attachments;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The files an asset accepts, recognised by their first bytes (never by name or declared type). WebP photos are
 * stored as JPEG or PNG after re-encoding, so the stored types are JPEG, PNG and PDF.
 */
public enum AttachmentFormat {
    JPEG("image/jpeg", Set.of("jpg", "jpeg", "jfif")),
    PNG("image/png", Set.of("png")),
    WEBP("image/webp", Set.of("webp")),
    PDF("application/pdf", Set.of("pdf"));

    /** How many leading bytes {@link #sniff} needs. */
    static final int SIGNATURE_LENGTH = 12;

    private final String mediaType;
    private final Set<String> extensions;

    AttachmentFormat(String mediaType, Set<String> extensions) {
        this.mediaType = mediaType;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return this != PDF;
    }

    /** What the first bytes say the file is, if it is one of ours. */
    static Optional<AttachmentFormat> sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        if (length >= 8 && startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0)) {
            return Optional.of(PNG);
        }
        if (length >= 12 && startsWith(head, "RIFF".getBytes(), 0) && startsWith(head, "WEBP".getBytes(), 8)) {
            return Optional.of(WEBP);
        }
        if (length >= 5 && startsWith(head, "%PDF-".getBytes(), 0)) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** The format a file name claims by its extension, if it names one of ours. */
    static Optional<AttachmentFormat> claimedBy(String fileName) {
        if (fileName == null || fileName.lastIndexOf('.') < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** The format a declared media type claims, if it names one of ours ("image/jpg" included). */
    static Optional<AttachmentFormat> claimedByType(String declared) {
        if (declared == null) {
            return Optional.empty();
        }
        String type = declared.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return "image/jpg".equals(type) || "image/pjpeg".equals(type) ? Optional.of(JPEG)
                : Arrays.stream(values()).filter(f -> f.mediaType.equals(type)).findFirst();
    }

    static Optional<AttachmentFormat> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType.equals(mediaType)).findFirst();
    }

    String extension() {
        return this == JPEG ? "jpg" : name().toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int at) {
        for (int i = 0; i < prefix.length; i++) {
            if (data[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
