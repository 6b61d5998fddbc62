package br.com.patritech.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record that deployment/backup.sh writes, as the metric and the operator's page read it. */
class BackupRecordTest {

    @TempDir
    Path dir;

    @Test
    void theRecordOfBackupShGivesTheTimeFileAndSizeAndTheGauge() throws Exception {
        Path status = dir.resolve("backup.status");
        Files.writeString(status, "last_success_epoch=1764040000\n"
                + "last_file=/var/backups/patritech/daily/patritech-20251125-031500.dump\nlast_size_bytes=5242880\n");
        BackupRecord record = new BackupRecord(status.toString());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        record.bindTo(registry);

        assertThat(record.last()).contains(new LastBackup(Instant.ofEpochSecond(1764040000),
                "patritech-20251125-031500.dump", 5242880));
        assertThat(registry.get("patritech.backup.last.success.timestamp").gauge().value()).isEqualTo(1764040000.0);
    }

    @Test
    void noRecordOrAHalfWrittenOneCountsAsNoBackupSoTheAlertFires() throws Exception {
        Path status = dir.resolve("backup.status");
        BackupRecord record = new BackupRecord(status.toString());
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        record.bindTo(registry);
        assertThat(record.last()).isEmpty();

        Files.writeString(status, "last_success_epoch=17640");
        Files.writeString(status, "last_file=x\n");
        assertThat(record.last()).isEmpty();
        assertThat(registry.get("patritech.backup.last.success.timestamp").gauge().value()).isZero();
    }
}
