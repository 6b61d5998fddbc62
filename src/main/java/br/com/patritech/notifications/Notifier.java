package br.com.patritech.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.Installation;
import br.com.patritech.base.Translations;

/**
 * Writes a notification for each active recipient and, when SMTP is configured and the recipient has an address and
 * wants e-mail, the e-mail in their language into the outbox, all in one transaction of its own (the event's
 * transaction has already committed).
 */
@Component
class Notifier {

    /** Where each user turns e-mail off; named in every e-mail. */
    static final String SETTINGS_LINK = "notificacoes";

    private record Recipient(long id, String name, String email, boolean emailEnabled, String language) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final Translations translations;
    private final Installation installation;
    private final Clock clock;

    Notifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, Translations translations, Installation installation,
             Clock clock) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.translations = translations;
        this.installation = installation;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void notify(Collection<Long> userIds, NotificationKind kind, String subject, String link) {
        if (userIds.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        boolean mailConfigured = mail.getIfAvailable() != null;
        String shortSubject = subject.length() > 300 ? subject.substring(0, 300) : subject;
        for (Recipient recipient : recipients(userIds)) {
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("insert into notifications (user_id, kind, subject, link, created_at) values (?, ?, ?, ?, ?)")
                    .params(recipient.id(), kind.name(), shortSubject, link, now).update(key, "id");
            if (mailConfigured && recipient.emailEnabled() && recipient.email() != null) {
                Locale locale = Locale.forLanguageTag(recipient.language());
                String text = translations.getTranslation(kind.translationKey(), locale, shortSubject);
                String title = translations.getTranslation("notification.email.subject", locale,
                        installation.institutionName(), text);
                String body = translations.getTranslation("notification.email.body", locale, recipient.name(), text,
                        installation.link(link), installation.link(SETTINGS_LINK));
                jdbc.sql("""
                                insert into notification_mails (notification_id, recipient, subject, body, next_attempt_at)
                                values (?, ?, ?, ?, ?)""")
                        .params(key.getKeyAs(Number.class).longValue(), recipient.email(), cut(title, 300),
                                cut(body, 4000), now).update();
            }
        }
    }

    private List<Recipient> recipients(Collection<Long> userIds) {
        return jdbc.sql("""
                        select u.id, u.name, u.email, coalesce(s.email_enabled, true) as email_enabled,
                               coalesce(s.language, 'pt-BR') as language
                        from users u left join notification_settings s on s.user_id = u.id
                        where u.id in (:ids) and u.active = true order by u.id""")
                .param("ids", userIds)
                .query((rs, n) -> new Recipient(rs.getLong("id"), rs.getString("name"), rs.getString("email"),
                        rs.getBoolean("email_enabled"), rs.getString("language")))
                .list();
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
