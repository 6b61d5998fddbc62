package br.com.patritech.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.Translations;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.CurrentUser;
import br.com.patritech.security.UnitScope;

/**
 * Reads the audit trail: ADMIN and AUDITOR every entry, a GESTOR only the entries about their units (entries about no
 * unit, such as sign-ins, are not theirs). Pages and filters in the database; the export streams the filter.
 */
@Service
public class AuditTrail {

    /** Rows the export reads from the database at a time (PostgreSQL streams them with a cursor). */
    private static final int EXPORT_FETCH_SIZE = 500;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final CurrentUser currentUser;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate readOnly;
    private final Clock clock;

    AuditTrail(DataSource dataSource, CurrentUser currentUser, Translations translations,
               ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        JdbcTemplate fetching = new JdbcTemplate(dataSource);
        fetching.setFetchSize(EXPORT_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(fetching);
        this.currentUser = currentUser;
        this.translations = translations;
        this.events = events;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.clock = clock;
    }

    /** One page of the entries the caller may see under the filter, newest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int offset, int limit) {
        AuditQuery query = new AuditQuery(filter, scope());
        String sql = query.page(offset, Math.min(limit, 500));
        return jdbc.query(sql, query.params(), AuditQuery::entry);
    }

    /**
     * Writes every entry the caller may see under the filter as CSV, while reading it; the export is itself
     * recorded (AUDIT_EXPORTED) before it starts.
     */
    public void exportCsv(AuditFilter filter, Locale requested, OutputStream out) throws IOException {
        UnitScope scope = scope();
        Locale locale = Translations.supported(requested);
        events.publishEvent(new AuditedAction("AUDIT_EXPORTED", "CSV", filter.unitId(), describe(filter)));
        AuditCsv csv = new AuditCsv(out, locale, translations);
        AuditQuery query = new AuditQuery(filter, scope);
        try {
            readOnly.executeWithoutResult(status -> streaming.query(query.all(), query.params(), rs -> {
                try {
                    csv.row(AuditQuery.entry(rs, 0));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        } catch (UncheckedIOException e) {
            throw e.getCause(); // the client went away: stop reading
        }
        csv.finish();
    }

    /** "auditoria-2026-11-25.csv" in pt-BR, "audit-2026-11-25.csv" in English. */
    public String exportFileName(Locale requested) {
        return translations.getTranslation("audit.file", Translations.supported(requested)) + "-"
                + DateTimeFormatter.ISO_LOCAL_DATE.format(LocalDate.now(clock)) + ".csv";
    }

    /**
     * The units the caller may filter by: every unit, or a GESTOR's own. Read here rather than from the organization
     * feature, which the audit trail must not depend on (every feature publishes to it).
     */
    @Transactional(readOnly = true)
    public List<UnitChoice> unitChoices() {
        UnitScope scope = scope();
        String sql = "select id, code, name from units" + (scope.isAll() ? "" : " where id in (:scope)") + " order by code";
        return jdbc.query(sql, scope.isAll() ? java.util.Map.of() : java.util.Map.of("scope", scope.sqlIds()),
                (rs, row) -> new UnitChoice(rs.getLong("id"), rs.getString("code"), rs.getString("name")));
    }

    /** Whether the caller sees every entry (ADMIN, AUDITOR) rather than only those about their units. */
    public boolean seesEverything() {
        return scope().isAll();
    }

    private UnitScope scope() {
        AppUser caller = currentUser.require();
        return caller.visibleUnits();
    }

    private static String describe(AuditFilter filter) {
        return "who=" + nullToEmpty(filter.who()) + "; action=" + nullToEmpty(filter.action()) + "; from="
                + nullToEmpty(filter.from()) + "; to=" + nullToEmpty(filter.to()) + "; unit="
                + nullToEmpty(filter.unitId());
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
