package br.com.patritech.attachments;

import java.io.InputStream;
import java.util.Optional;

/**
 * What an upload becomes before it is stored: read up to the size limit, its type taken from its first bytes and
 * checked against what its name (or declared type) claims, photos re-encoded with a thumbnail, the name cleaned.
 */
final class AttachmentIntake {

    record Accepted(AttachmentKind kind, String fileName, AttachmentFormat format, byte[] content, byte[] thumbnail,
                    Integer width, Integer height) {
    }

    private AttachmentIntake() {
    }

    static Accepted accept(String fileName, String declaredType, InputStream upload, long maxBytes) {
        byte[] data = BoundedRead.atMost(upload, maxBytes);
        AttachmentFormat format = AttachmentFormat.sniff(data, Math.min(data.length, AttachmentFormat.SIGNATURE_LENGTH))
                .orElseThrow(() -> wrongType("attachments.type.unsupported"));
        Optional<AttachmentFormat> claimed = AttachmentFormat.claimedBy(fileName)
                .or(() -> AttachmentFormat.claimedByType(declaredType));
        if (claimed.isPresent() && claimed.get() != format) {
            throw wrongType("attachments.type.mismatch");
        }
        String name = cleanName(fileName);
        if (!format.isImage()) {
            return new Accepted(AttachmentKind.DOCUMENT, withExtension(name, format), format, data, null, null, null);
        }
        ImageRecoder.Recoded photo = ImageRecoder.recode(data, format);
        return new Accepted(AttachmentKind.PHOTO, withExtension(name, photo.format()), photo.format(), photo.content(),
                photo.thumbnail(), photo.width(), photo.height());
    }

    private static AttachmentRefusedException wrongType(String key) {
        return new AttachmentRefusedException(AttachmentRefusedException.Reason.WRONG_TYPE, key);
    }

    /** The last path segment, without control characters, at most 150 characters; "arquivo" when nothing is left. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>|*?:]", "").strip();
        if (name.length() > 150) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 6 ? name.substring(dot) : "";
            name = name.substring(0, 150 - extension.length()) + extension;
        }
        return name.isBlank() || name.startsWith(".") && name.indexOf('.', 1) < 0 ? "arquivo" + name : name;
    }

    /** The name ends with the stored format's extension (a WebP stored as JPEG is named .jpg). */
    private static String withExtension(String name, AttachmentFormat format) {
        if (AttachmentFormat.claimedBy(name).filter(f -> f == format).isPresent()) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String base = dot > 0 && AttachmentFormat.claimedBy(name).isPresent() ? name.substring(0, dot) : name;
        return base + "." + format.extension();
    }
}
