package br.com.patritech.audit;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;

/**
 * Stores every {@link AuditedAction} as it is published: synchronously, in the publisher's transaction (the JDBC
 * connection is the JPA transaction's), so a change that rolls back leaves no entry. The actor is whoever is signed
 * in; with nobody signed in (a sign-in attempt, a token refresh) it is the subject, the login that was tried. The
 * client address is the request's after Tomcat's RemoteIpValve, i.e. what nginx reports; none outside a request.
 */
@Component
class AuditTrailRecorder {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditTrailRecorder(JdbcClient jdbc, CurrentUser currentUser, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @EventListener
    void record(AuditedAction action) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A read-only transaction (a report, an export) changes nothing to roll back, and PostgreSQL refuses
            // an insert in it: the entry gets a transaction of its own.
            ownTransaction.executeWithoutResult(status -> insert(action));
        } else {
            insert(action);
        }
    }

    private void insert(AuditedAction action) {
        Optional<AppUser> actor = currentUser.get();
        String login = actor.map(AppUser::login).orElse(action.subject());
        jdbc.sql("""
                        insert into audit_entries (occurred_at, action, actor_id, actor_login, actor_name, subject, unit_id,
                            detail, client_address)
                        values (:at, :action, :actorId, :login, :name, :subject, :unitId, :detail, :address)""")
                .param("at", clock.instant().atOffset(ZoneOffset.UTC))
                .param("action", action.action())
                .param("actorId", actor.map(AppUser::id).orElse(null))
                .param("login", login == null ? null : clip(login.toLowerCase(Locale.ROOT), 254))
                .param("name", actor.map(AppUser::name).orElse(null))
                .param("subject", clip(action.subject(), 300))
                .param("unitId", action.unitId())
                .param("detail", clip(action.detail(), 4000))
                .param("address", clientAddress())
                .update();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return clip(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String clip(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
