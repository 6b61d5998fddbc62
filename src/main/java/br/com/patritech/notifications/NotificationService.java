package br.com.patritech.notifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.CurrentUser;

/**
 * The current user's notifications and e-mail choice. Everyone (any role) sees and marks only their own: another
 * user's notification does not exist for them. Lists page in the database, newest first.
 */
@Service
public class NotificationService {

    public static final int MAX_PAGE = 200;
    static final Set<String> LANGUAGES = Set.of("pt-BR", "en");

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final Notifier notifier;

    NotificationService(JdbcClient jdbc, CurrentUser currentUser, Clock clock, Notifier notifier) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.notifier = notifier;
    }

    /**
     * An administrator (in practice the demo data, as the system user) points the other administrators at something
     * waiting; those already told of the same thing are skipped, so running it again adds nothing.
     */
    @Transactional
    public void tellAdministrators(NotificationKind kind, String subject, String link) {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only administrators notify administrators");
        }
        List<Long> admins = jdbc.sql("""
                        select u.id from users u where u.active = true and u.role = 'ADMIN' and u.id <> ?
                          and not exists (select 1 from notifications n where n.user_id = u.id and n.kind = ?
                                          and n.subject = ? and n.link = ?)""")
                .params(me(), kind.name(), subject, link).query(Long.class).list();
        notifier.notify(admins, kind, subject, link);
    }

    /** What the bell shows: answered from the index on (user_id, read_at). */
    @Transactional(readOnly = true)
    public long unreadCount() {
        return jdbc.sql("select count(*) from notifications where user_id = ? and read_at is null")
                .param(me()).query(Long.class).single();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("select count(*) from notifications where user_id = ?").param(me()).query(Long.class).single();
    }

    /** A page of the user's notifications, newest first. */
    @Transactional(readOnly = true)
    public List<NotificationItem> page(int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new DomainException("notification.page.invalid", "limit", MAX_PAGE);
        }
        return jdbc.sql("""
                        select id, kind, subject, link, created_at, read_at from notifications where user_id = ?
                        order by created_at desc, id desc offset ? rows fetch next ? rows only""")
                .params(me(), offset, limit)
                .query((rs, n) -> new NotificationItem(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")),
                        rs.getString("subject"), rs.getString("link"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null))
                .list();
    }

    /** Marks one of the user's notifications read (again is harmless); someone else's is not found. */
    @Transactional
    public void markRead(long id) {
        int changed = jdbc.sql("update notifications set read_at = coalesce(read_at, ?) where id = ? and user_id = ?")
                .params(java.sql.Timestamp.from(now()), id, me()).update();
        if (changed == 0) {
            throw new NotFoundException("notification", id);
        }
    }

    /** Marks every unread notification of the user read; answers how many were unread. */
    @Transactional
    public int markAllRead() {
        return jdbc.sql("update notifications set read_at = ? where user_id = ? and read_at is null")
                .params(java.sql.Timestamp.from(now()), me()).update();
    }

    @Transactional(readOnly = true)
    public NotificationSettings settings() {
        return jdbc.sql("select email_enabled, language, version from notification_settings where user_id = ?")
                .param(me()).query((rs, n) -> new NotificationSettings(rs.getBoolean(1), rs.getString(2), rs.getLong(3)))
                .optional().orElse(NotificationSettings.DEFAULTS);
    }

    /** Saves the user's choice over the one they saw ({@code version}); a newer one saved meanwhile is a conflict. */
    @Transactional
    public NotificationSettings saveSettings(NotificationSettings wanted) {
        long me = me();
        if (wanted.language() == null || !LANGUAGES.contains(wanted.language())) {
            throw new DomainException("notification.language.invalid", "language");
        }
        int changed = jdbc.sql("""
                        update notification_settings set email_enabled = ?, language = ?, version = version + 1
                        where user_id = ? and version = ?""")
                .params(wanted.emailEnabled(), wanted.language(), me, wanted.version()).update();
        if (changed == 0) {
            if (wanted.version() != 0) {
                throw new ObjectOptimisticLockingFailureException(NotificationSettings.class, me);
            }
            try {
                jdbc.sql("insert into notification_settings (user_id, email_enabled, language, version) values (?, ?, ?, 1)")
                        .params(me, wanted.emailEnabled(), wanted.language()).update();
            } catch (DuplicateKeyException saved) { // the same user saved from another tab a moment before
                throw new ObjectOptimisticLockingFailureException(NotificationSettings.class, me);
            }
        }
        return settings();
    }

    private long me() {
        return currentUser.require().id();
    }

    private Instant now() {
        return clock.instant();
    }
}
