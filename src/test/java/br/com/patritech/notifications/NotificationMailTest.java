package br.com.patritech.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import br.com.patritech.exchange.ImportFinished;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** E-mail through a real SMTP server (GreenMail, in this JVM): language, link, opting out, and SMTP being down. */
@IntegrationTest
class NotificationMailTest {

    private static GreenMail smtp = started(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    NotificationService notifications;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TestUsers testUsers;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void smtpServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
        registry.add("patritech.public-url", () -> "https://patrimonio.exemplo.gov.br/");
        // The job would run on its own only after an hour: each test sends when it decides to.
        registry.add("patritech.notifications.mail-interval", () -> "PT1H");
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    private static GreenMail started(ServerSetup setup) {
        GreenMail server = new GreenMail(setup);
        server.start();
        return server;
    }

    /**
     * The demo data and other features' events of this context may have queued e-mails already (more than one batch):
     * send them first, so each test's own e-mail is the next one due.
     */
    @BeforeEach
    void sendWhatWasQueuedBefore() {
        while (outbox.sendDue(Instant.now()) > 0) {
            // until nothing is due
        }
    }

    AppUser user() {
        return testUsers.principal(Role.GESTOR, Set.of(testUsers.anyUnit()), EnumSet.noneOf(Permission.class));
    }

    List<MimeMessage> mailTo(AppUser user) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(user.login());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    @Test
    void anImportThatEndedReachesItsStarterInPortugueseWithTheLinkUnderThePublicAddress() throws Exception {
        AppUser starter = user();
        events.publishEvent(new ImportFinished(7, starter.id(), "bens-2026.csv", 120, 3));
        assertThat(mailTo(starter)).isEmpty(); // nothing goes out on the publishing thread

        assertThat(outbox.sendDue(Instant.now())).isPositive();

        assertThat(mailTo(starter)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("[PATRI-TECH] Importação terminada: bens-2026.csv (120 / 3) "
                    + "(importadas / recusadas)");
            String body = ((String) mail.getContent()).replace("\r\n", "\n");
            assertThat(body).startsWith("Olá, " + starter.name() + ".")
                    .contains("Abra: https://patrimonio.exemplo.gov.br/bens")
                    .contains("https://patrimonio.exemplo.gov.br/notificacoes");
        });
    }

    @Test
    void aUserWhoChoseEnglishGetsEnglish() throws Exception {
        AppUser reader = user();
        SystemUser.callAs(reader, () -> notifications.saveSettings(new NotificationSettings(true, "en", 0)));
        events.publishEvent(new ImportFinished(8, reader.id(), "assets.xlsx", 5, 0));

        outbox.sendDue(Instant.now());

        assertThat(mailTo(reader)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("[PATRI-TECH] Import finished: assets.xlsx (5 / 0) (imported / refused)");
            assertThat((String) mail.getContent()).startsWith("Hello, " + reader.name() + ".");
        });
    }

    @Test
    void aUserWhoTurnedEmailOffGetsOnlyTheBell() {
        AppUser quiet = user();
        SystemUser.callAs(quiet, () -> notifications.saveSettings(new NotificationSettings(false, "pt-BR", 0)));
        events.publishEvent(new ImportFinished(9, quiet.id(), "silencio.csv", 1, 0));

        outbox.sendDue(Instant.now());

        assertThat(mailTo(quiet)).isEmpty();
        assertThat(SystemUser.callAs(quiet, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void whenTheSmtpServerIsDownTheMailWaitsAndGoesOutOnALaterRun() {
        AppUser patient = user();
        int port = smtp.getSmtp().getPort();
        smtp.stop();
        try {
            events.publishEvent(new ImportFinished(10, patient.id(), "espera.csv", 1, 0));
            Instant now = Instant.now();
            assertThat(outbox.sendDue(now)).isZero();
            assertThat(attemptsFor(patient)).isEqualTo(1);
            // Not again at once: the retry waits.
            assertThat(outbox.sendDue(now.plusSeconds(5))).isZero();
            assertThat(attemptsFor(patient)).isEqualTo(1);
        } finally {
            smtp = started(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        }
        assertThat(outbox.sendDue(Instant.now().plus(2, ChronoUnit.MINUTES))).isPositive();
        assertThat(mailTo(patient)).hasSize(1);
        assertThat(attemptsFor(patient)).isEqualTo(2);
    }

    private int attemptsFor(AppUser user) {
        return jdbc.sql("select attempts from notification_mails where recipient = ?").param(user.login())
                .query(Integer.class).single();
    }
}
