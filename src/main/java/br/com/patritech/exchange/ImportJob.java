package br.com.patritech.exchange;

import java.time.Instant;

/**
 * An import as its user follows it: progress ({@code processedRows} of {@code totalRows}, which is known once the file
 * was counted) and, when finished, how many rows went in and how many were refused.
 */
public record ImportJob(long id, String fileName, String userName, ImportMode mode, ImportStatus status,
                        int totalRows, int processedRows, int importedRows, int rejectedRows, String failure,
                        Instant createdAt, Instant finishedAt) {

    /** 0..1 for a progress bar. */
    public double progress() {
        return status.finished() ? 1 : totalRows == 0 ? 0 : Math.min(1, (double) processedRows / totalRows);
    }
}
