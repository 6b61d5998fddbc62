package br.com.patritech.operations;

import java.time.Instant;

/** What deployment/backup.sh recorded about the last good backup: when, which file (name only), how big. */
public record LastBackup(Instant at, String file, long sizeBytes) {
}
