package br.com.patritech.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails the notifications wrote, after their transaction committed and off any request thread: a
 * scheduled job under a ShedLock lock (one sender across instances) takes the due ones, oldest first; a failure
 * (SMTP down, refused) is retried later with a doubling pause, and given up after {@link #MAX_ATTEMPTS}.
 */
@Component
class MailOutbox {

    static final int MAX_ATTEMPTS = 10;
    private static final int BATCH = 50;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);
    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private record Due(long id, String recipient, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final LockingTaskExecutor locks;
    private final Clock clock;
    private final String from;

    MailOutbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, DataSource dataSource, Clock clock,
               @Value("${patritech.notifications.mail-from:patritech@localhost}") String from) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).build()));
        this.clock = clock;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${patritech.notifications.mail-interval:PT30S}",
            initialDelayString = "${patritech.notifications.mail-interval:PT30S}")
    void sendScheduled() {
        sendDue(clock.instant());
    }

    /** Sends what is due at {@code now}; answers how many went out (0 when another instance is sending). */
    int sendDue(Instant now) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        // The lock runs on the wall clock (ShedLock compares with it), whatever moment "now" stands for.
        LockConfiguration lock = new LockConfiguration(Instant.now(), "notification-mails", Duration.ofMinutes(10),
                Duration.ZERO);
        try {
            LockingTaskExecutor.TaskResult<Integer> result = locks.executeWithLock(() -> send(sender, now), lock);
            return result.wasExecuted() ? result.getResult() : 0;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private int send(JavaMailSender sender, Instant now) {
        List<Due> due = jdbc.sql("""
                        select id, recipient, subject, body, attempts from notification_mails
                        where sent_at is null and failed_at is null and next_attempt_at <= ?
                        order by next_attempt_at, id fetch first %d rows only""".formatted(BATCH))
                .param(Timestamp.from(now))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)))
                .list();
        int sent = 0;
        for (Due mailToSend : due) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(from);
            message.setTo(mailToSend.recipient());
            message.setSubject(mailToSend.subject());
            message.setText(mailToSend.body());
            try {
                sender.send(message);
                jdbc.sql("update notification_mails set sent_at = ?, attempts = attempts + 1 where id = ?")
                        .params(Timestamp.from(now), mailToSend.id()).update();
                sent++;
            } catch (MailException e) {
                failed(mailToSend, now, e);
            }
        }
        return sent;
    }

    private void failed(Due mailToSend, Instant now, MailException e) {
        int attempts = mailToSend.attempts() + 1;
        Duration pause = FIRST_RETRY.multipliedBy(1L << Math.min(attempts - 1, 20));
        Instant next = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
        String error = String.valueOf(e.getMessage());
        jdbc.sql("""
                        update notification_mails set attempts = ?, next_attempt_at = ?, last_error = ?, failed_at = ?
                        where id = ?""")
                .params(attempts, Timestamp.from(next), error.length() > 500 ? error.substring(0, 500) : error,
                        attempts >= MAX_ATTEMPTS ? Timestamp.from(now) : null, mailToSend.id())
                .update();
        log.warn("E-mail {} not sent (attempt {}): {}", mailToSend.id(), attempts, error);
    }
}
