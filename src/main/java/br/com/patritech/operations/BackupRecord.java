package br.com.patritech.operations;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The last good backup, from the record that deployment/backup.sh writes after each dump
 * (PATRITECH_BACKUP_STATUS_FILE, key=value lines). Exposed as {@code patritech_backup_last_success_timestamp_seconds}
 * (0 while there is none, so the "backup too old" alert fires) and shown on the operator's page.
 */
@Component
class BackupRecord implements MeterBinder {

    private final Path file;

    BackupRecord(@Value("${patritech.backup.status-file:/var/lib/patritech/backup.status}") String file) {
        this.file = Path.of(file);
    }

    Optional<LastBackup> last() {
        if (!Files.isReadable(file)) {
            return Optional.empty();
        }
        Properties values = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            values.load(reader);
            long epoch = Long.parseLong(values.getProperty("last_success_epoch", "").trim());
            String name = Path.of(values.getProperty("last_file", "-").trim()).getFileName().toString();
            long size = Long.parseLong(values.getProperty("last_size_bytes", "0").trim());
            return Optional.of(new LastBackup(Instant.ofEpochSecond(epoch), name, size));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();  // half-written or edited by hand: counts as no backup, the alert will tell
        }
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("patritech.backup.last.success.timestamp", this,
                        r -> r.last().map(b -> (double) b.at().getEpochSecond()).orElse(0.0))
                .description("When the last good backup finished (Unix seconds; 0 = none recorded)")
                .baseUnit("seconds").register(registry);
    }
}
