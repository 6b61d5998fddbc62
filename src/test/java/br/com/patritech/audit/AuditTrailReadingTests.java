package br.com.patritech.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

import br.com.patritech.base.AuditedAction;
import br.com.patritech.catalog.CatalogService;
import br.com.patritech.catalog.CatalogService.CategoryForm;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Who reads which entries, the filters, the CSV export, and that only committed changes leave an entry. */
@IntegrationTest
abstract class AuditTrailReadingTests {

    @Autowired AuditTrail trail;
    @Autowired TestUsers testUsers;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired CatalogService catalog;
    @Autowired JdbcTemplate jdbc;

    private static String marker() {
        return "marca-" + System.nanoTime();
    }

    private void publishAs(AppUser actor, String action, String subject, Long unitId, String detail) {
        SystemUser.callAs(actor, () -> transactions.execute(status -> {
            events.publishEvent(new AuditedAction(action, subject, unitId, detail));
            return null;
        }));
    }

    private List<String> subjects(AppUser reader, AuditFilter filter) {
        return SystemUser.callAs(reader, () -> trail.find(filter, 0, 500)).stream().map(AuditEntry::subject).toList();
    }

    @Test
    void aGestorSeesOnlyEntriesAboutTheirUnitsAndNoneAboutNoUnit() {
        long mine = testUsers.anyUnit();
        long other = SystemUser.call(() -> trail.unitChoices()).stream().mapToLong(UnitChoice::id)
                .filter(id -> id != mine).findFirst().orElseThrow();
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(mine), Set.of());
        String m = marker();
        publishAs(gestor, "TEST_ACTION", m + "-mine", mine, null);
        publishAs(gestor, "TEST_ACTION", m + "-other", other, null);
        publishAs(gestor, "TEST_ACTION", m + "-none", null, null);
        AuditFilter filter = AuditFilter.all().withAction("TEST_ACTION");

        assertThat(subjects(gestor, filter)).contains(m + "-mine").doesNotContain(m + "-other", m + "-none");
        assertThat(SystemUser.callAs(gestor, trail::unitChoices)).extracting(UnitChoice::id).containsExactly(mine);
        for (Role reader : List.of(Role.ADMIN, Role.AUDITOR)) {
            assertThat(subjects(testUsers.principal(reader, Set.of(), Set.of()), filter))
                    .contains(m + "-mine", m + "-other", m + "-none");
        }
    }

    @Test
    void filtersByWhoWhatPeriodAndUnitNewestFirst() {
        AppUser ana = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        AppUser bia = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        long unit = testUsers.anyUnit();
        String m = marker();
        publishAs(ana, "TEST_FILTER", m + "-1", unit, null);
        publishAs(bia, "TEST_FILTER", m + "-2", null, null);
        publishAs(ana, "TEST_OTHER", m + "-3", unit, null);
        AuditFilter what = AuditFilter.all().withAction("TEST_FILTER");

        assertThat(subjects(ana, what)).containsSubsequence(m + "-2", m + "-1").doesNotContain(m + "-3");
        assertThat(subjects(ana, what.withWho(ana.login().substring(0, 12).toUpperCase(Locale.ROOT))))
                .contains(m + "-1").doesNotContain(m + "-2");
        assertThat(subjects(ana, what.withWho(bia.name()))).contains(m + "-2").doesNotContain(m + "-1");
        assertThat(subjects(ana, what.withUnit(unit))).contains(m + "-1").doesNotContain(m + "-2");
        assertThat(subjects(ana, what.withPeriod(LocalDate.now(), LocalDate.now()))).contains(m + "-1", m + "-2");
        assertThat(subjects(ana, what.withPeriod(LocalDate.now().minusDays(9), LocalDate.now().minusDays(1))))
                .doesNotContain(m + "-1", m + "-2");
        assertThat(subjects(ana, what.withWho("%"))).as("typed % is literal").doesNotContain(m + "-1");
    }

    @Test
    void aChangeThatRollsBackLeavesNoEntry() {
        String name = "Categoria desfeita " + System.nanoTime();
        SystemUser.run(() -> transactions.executeWithoutResult(status -> {
            catalog.create(new CategoryForm(name, "DSF"));
            status.setRollbackOnly();
        }));

        assertThat(subjects(testUsers.principal(Role.AUDITOR, Set.of(), Set.of()),
                AuditFilter.all().withAction("CATEGORY_CREATED"))).doesNotContain(name);
    }

    @Test
    void theCsvExportHasTheFilteredEntriesTranslatedWithFormulasNeutralisedAndIsItselfRecorded() throws Exception {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        String m = marker();
        publishAs(auditor, "USER_CREATED", m, null, "=HYPERLINK(\"http://mal\")");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditFilter filter = AuditFilter.all().withAction("USER_CREATED").withWho(auditor.login());

        SystemUser.callAs(auditor, () -> {
            try {
                trail.exportCsv(filter, Locale.forLanguageTag("pt-BR"), out);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });

        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.getFirst()).isEqualTo("\uFEFFQuando;Ação;Quem;Sobre;Unidade;Detalhe;Endereço do cliente");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(";Usuário criado;" + auditor.name() + " (" + auditor.login() + ");" + m
                + ";;\"'=HYPERLINK(\"\"http://mal\"\")\";");
        assertThat(subjects(auditor, AuditFilter.all().withAction("AUDIT_EXPORTED").withWho(auditor.login())))
                .containsExactly("CSV");
    }

    @Test
    void anActionPublishedInAReadOnlyTransactionIsStillRecorded() {
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        String m = marker();
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        SystemUser.callAs(auditor, () -> readOnly.execute(status -> {
            events.publishEvent(new AuditedAction("REPORT_GENERATED", m, null, null));
            return null;
        }));

        assertThat(subjects(auditor, AuditFilter.all().withAction("REPORT_GENERATED"))).contains(m);
    }

    @Test
    void nobodySignedInReadsNothing() {
        assertThatThrownBy(() -> trail.find(AuditFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anUnknownActionIsShownByItsCode() {
        assertThat(AuditActions.label("SOMETHING_NEW", new br.com.patritech.base.Translations(), Locale.ENGLISH))
                .isEqualTo("SOMETHING_NEW");
        assertThat(AuditActions.label("SIGN_IN", new br.com.patritech.base.Translations(), Locale.ENGLISH))
                .isEqualTo("Signed in");
    }

    /** How many rows an UPDATE or DELETE of the trail changes (PostgreSQL refuses both with a trigger). */
    int rewrite(String sql) {
        return jdbc.update(sql);
    }
}
