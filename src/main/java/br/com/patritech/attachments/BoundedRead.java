package br.com.patritech.attachments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads an upload into memory only up to the configured limit: one byte more and it stops and refuses. */
final class BoundedRead {

    private BoundedRead() {
    }

    static byte[] atMost(InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static AttachmentRefusedException tooLarge(long maxBytes) {
        return new AttachmentRefusedException(AttachmentRefusedException.Reason.TOO_LARGE, "attachments.too-large",
                Math.max(1, maxBytes / (1024 * 1024)));
    }
}
