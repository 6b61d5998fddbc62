package br.com.patritech.operations;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.Role;

/** What the operator's page shows; administrators only. Reads, never changes anything. */
@Service
public class OperationsService {

    /** One applied Flyway migration. */
    public record Migration(String version, String description, Instant installedOn, boolean success) {
    }

    /** This instance now. Absent values are unknown here (no build-info in a development run, size on H2). */
    public record Status(Optional<String> version, Optional<Instant> builtAt, Optional<String> commit,
                         Instant startedAt, Duration uptime, Optional<Long> databaseBytes, List<Migration> migrations,
                         Optional<LastBackup> lastBackup, int vaadinSessions, List<RecentError> recentErrors) {
    }

    private static final int MIGRATIONS_SHOWN = 15;

    private final CurrentUser currentUser;
    private final ObjectProvider<BuildProperties> build;
    private final ObjectProvider<GitProperties> git;
    private final ObjectProvider<Flyway> flyway;
    private final JdbcTemplate jdbc;
    private final BackupRecord backup;
    private final VaadinSessionMetrics sessions;
    private final RecentErrors errors;

    OperationsService(CurrentUser currentUser, ObjectProvider<BuildProperties> build, ObjectProvider<GitProperties> git,
                      ObjectProvider<Flyway> flyway, JdbcTemplate jdbc, BackupRecord backup,
                      VaadinSessionMetrics sessions, RecentErrors errors) {
        this.currentUser = currentUser;
        this.build = build;
        this.git = git;
        this.flyway = flyway;
        this.jdbc = jdbc;
        this.backup = backup;
        this.sessions = sessions;
        this.errors = errors;
    }

    public Status status() {
        if (currentUser.require().role() != Role.ADMIN) {
            throw new AccessDeniedException("The operator's page is for administrators");
        }
        BuildProperties info = build.getIfAvailable();
        GitProperties commit = git.getIfAvailable();
        Instant started = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        return new Status(Optional.ofNullable(info).map(BuildProperties::getVersion),
                Optional.ofNullable(info).map(BuildProperties::getTime),
                Optional.ofNullable(commit).map(GitProperties::getShortCommitId), started,
                Duration.between(started, Instant.now()), databaseBytes(), migrations(), backup.last(),
                sessions.sessionsNow(), errors.list());
    }

    private Optional<Long> databaseBytes() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (!"PostgreSQL".equals(product)) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject("select pg_database_size(current_database())", Long.class));
    }

    private List<Migration> migrations() {
        Flyway migrations = flyway.getIfAvailable();
        if (migrations == null) {
            return List.of();
        }
        return java.util.Arrays.stream(migrations.info().applied())
                .sorted(Comparator.comparing(MigrationInfo::getInstalledRank).reversed()).limit(MIGRATIONS_SHOWN)
                .map(m -> new Migration(m.getVersion() == null ? "R" : m.getVersion().getVersion(), m.getDescription(),
                        m.getInstalledOn() == null ? null : m.getInstalledOn().toInstant(), !m.getState().isFailed()))
                .toList();
    }
}
