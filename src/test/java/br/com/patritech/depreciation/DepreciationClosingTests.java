package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Closing order, idempotence, reopening, the single runner and scoping; on H2 and on PostgreSQL. */
@IntegrationTest
abstract class DepreciationClosingTests {

    @Autowired DepreciationClosings closings;
    @Autowired DepreciationPolicies policies;
    @Autowired BookValues bookValues;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired LockingTaskExecutor locks;
    @Autowired JdbcTemplate jdbc;

    Place own;
    Place other;
    long computers;
    AppUser admin;

    @BeforeEach
    void setUp() {
        // closings are global: start every test from a calendar with nothing closed (truncate skips the row triggers)
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        own = fixtures.newUnit();
        other = fixtures.newUnit();
        computers = fixtures.newCategory("NB");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        SystemUser.callAs(admin, () -> policies.change(computers, 0, DepreciationPolicy.straightLine(60, "10")));
    }

    private AssetDetails register(Place place, String value, LocalDate acquired) {
        var form = AssetFixtures.form(computers, place, "Notebook", value);
        form.setAcquisitionDate(acquired);
        return SystemUser.callAs(admin, () -> assets.create(form));
    }

    ClosingStatus close(String month) {
        return SystemUser.callAs(admin, () -> closings.close(YearMonth.parse(month)));
    }

    private AssetBookValue bookValue(AppUser user, long assetId) {
        return SystemUser.callAs(user, () -> bookValues.of(assetId));
    }

    private static String keyOf(Throwable e) {
        return e instanceof DomainException d ? d.getMessageKey() : e.toString();
    }

    @Test
    void closingAMonthWritesItsDepreciationAndTheNextMonthBuildsOnIt() {
        AssetDetails notebook = register(own, "12000.00", LocalDate.of(2024, 3, 15));
        close("2024-04");
        assertThat(bookValue(admin, notebook.id()).accumulated()).isEqualByComparingTo("180.00");
        ClosingStatus may = close("2024-05");
        AssetBookValue value = bookValue(admin, notebook.id());
        assertThat(value.asOf()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(value.accumulated()).isEqualByComparingTo("360.00");
        assertThat(value.bookValue()).isEqualByComparingTo("11640.00");
        assertThat(value.remainingMonths()).isEqualTo(58);
        assertThat(value.past()).hasSize(2);
        assertThat(value.projected()).hasSize(58);
        assertThat(value.projected().getLast().bookValue()).isEqualByComparingTo("1200.00");
        assertThat(may.lastClosed()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(may.assetCount()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theFirstClosingStartsFromTheScheduleSoFarAndMatchesThePureSchedule() {
        AssetDetails notebook = register(own, "1000.00", LocalDate.of(2024, 1, 31));
        close("2024-10");
        var expected = DepreciationSchedule.of(new BigDecimal("1000.00"), LocalDate.of(2024, 1, 31),
                DepreciationPolicy.straightLine(60, "10"), null).get(8); // Feb..Oct = 9th month
        assertThat(expected.month()).isEqualTo(YearMonth.of(2024, 10));
        assertThat(bookValue(admin, notebook.id()).accumulated()).isEqualByComparingTo(expected.accumulated());
    }

    @Test
    void monthsCloseInOrderOnceAndOnlyAfterTheyEnded() {
        close("2024-04");
        assertThatThrownBy(() -> close("2024-04")).extracting(DepreciationClosingTests::keyOf)
                .isEqualTo("depreciation.closing.duplicate");
        assertThatThrownBy(() -> close("2024-06")).extracting(DepreciationClosingTests::keyOf)
                .isEqualTo("depreciation.closing.out-of-order");
        assertThatThrownBy(() -> close(YearMonth.now().toString())).extracting(DepreciationClosingTests::keyOf)
                .isEqualTo("depreciation.closing.not-ended");
        assertThat(jdbc.queryForObject("select count(*) from depreciation_closings", Long.class)).isEqualTo(1);
    }

    @Test
    void anAdminReopensTheLastClosedMonthAndClosingItAgainDoesNotCountItTwice() {
        AssetDetails notebook = register(own, "12000.00", LocalDate.of(2024, 3, 15));
        close("2024-04");
        close("2024-05");
        assertThatThrownBy(() -> SystemUser.callAs(admin, () -> closings.reopen(YearMonth.of(2024, 4))))
                .extracting(DepreciationClosingTests::keyOf).isEqualTo("depreciation.reopen.not-last");
        ClosingStatus reopened = SystemUser.callAs(admin, () -> closings.reopen(YearMonth.of(2024, 5)));
        assertThat(reopened.lastClosed()).isEqualTo(YearMonth.of(2024, 4));
        assertThat(bookValue(admin, notebook.id()).accumulated()).isEqualByComparingTo("180.00");
        close("2024-05");
        assertThat(bookValue(admin, notebook.id()).accumulated()).isEqualByComparingTo("360.00");
        assertThat(jdbc.queryForObject("select count(*) from depreciation_closings where status = 'REOPENED' "
                + "and reopened_by is not null", Long.class)).isEqualTo(1);
    }

    @Test
    void aWrittenOffAssetStopsFromTheWriteOffMonth() {
        AssetDetails notebook = register(own, "12000.00", LocalDate.of(2024, 3, 15));
        close("2024-04");
        SystemUser.callAs(admin, () -> assets.writeOff(notebook.id(), notebook.version(),
                new WriteOffRequest(LocalDate.of(2024, 5, 20), WriteOffReason.INUTILIZACAO_ABANDONO, null, null)));
        close("2024-05");
        AssetBookValue value = bookValue(admin, notebook.id());
        assertThat(value.accumulated()).isEqualByComparingTo("180.00");
        assertThat(value.projected()).isEmpty();
    }

    @Test
    void whileOneClosingHoldsTheLockAnotherIsRefusedWithAClearReason() throws Throwable {
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            LockConfiguration lock = new LockConfiguration(Instant.now(), DepreciationClosings.LOCK, Duration.ofMinutes(1),
                    Duration.ZERO);
            var refused = locks.executeWithLock(() -> other.submit(() -> {
                try {
                    close("2024-04");
                    return "ran";
                } catch (DomainException e) {
                    return e.getMessageKey();
                }
            }).get(), lock);
            assertThat(refused.getResult()).isEqualTo("depreciation.closing.in-use");
        } finally {
            other.shutdown();
        }
        assertThat(close("2024-04").lastClosed()).isEqualTo(YearMonth.of(2024, 4));
    }

    @Test
    void aMonthIsNotReopenedWhileAClosingHoldsTheLock() throws Throwable {
        close("2024-04");
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            LockConfiguration lock = new LockConfiguration(Instant.now(), DepreciationClosings.LOCK, Duration.ofMinutes(1),
                    Duration.ZERO);
            var refused = locks.executeWithLock(() -> other.submit(() -> {
                try {
                    SystemUser.callAs(admin, () -> closings.reopen(YearMonth.of(2024, 4)));
                    return "reopened";
                } catch (DomainException e) {
                    return e.getMessageKey();
                }
            }).get(), lock);
            assertThat(refused.getResult()).isEqualTo("depreciation.closing.in-use");
        } finally {
            other.shutdown();
        }
        assertThat(SystemUser.callAs(admin, () -> closings.status()).lastClosed()).isEqualTo(YearMonth.of(2024, 4));
    }

    @Test
    void twoClosingsStartedAtOnceCloseTheMonthOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                go.await();
                try {
                    close("2024-04");
                    return "ran";
                } catch (DomainException e) {
                    return e.getMessageKey();
                }
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> result : results) {
            outcomes.add(result.get());
        }
        pool.shutdown();
        assertThat(outcomes).containsOnlyOnce("ran");
        assertThat(outcomes).anyMatch(o -> o.equals("depreciation.closing.in-use") || o.equals("depreciation.closing.duplicate"));
        assertThat(jdbc.queryForObject("select count(*) from depreciation_closings where month_start = ?", Long.class,
                LocalDate.of(2024, 4, 1))).isEqualTo(1);
    }

    @Test
    void aGestorSeesBookValuesOfTheirUnitsOnlyAndOnlyAnAdminClosesOrChangesPolicies() {
        AssetDetails mine = register(own, "12000.00", LocalDate.of(2024, 3, 15));
        AssetDetails theirs = register(other, "6000.00", LocalDate.of(2024, 3, 15));
        close("2024-04");
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.allOf(Permission.class));
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThat(bookValue(gestor, mine.id()).accumulated()).isEqualByComparingTo("180.00");
        assertThatThrownBy(() -> bookValue(gestor, theirs.id())).isInstanceOf(NotFoundException.class);
        var totals = SystemUser.callAs(gestor, () -> bookValues.totals());
        assertThat(totals.assetCount()).isEqualTo(1);
        assertThat(totals.bookValue()).isEqualByComparingTo("11820.00");
        assertThat(SystemUser.callAs(auditor, () -> bookValues.totals()).bookValue()).isGreaterThan(totals.bookValue());
        for (AppUser notAdmin : List.of(gestor, auditor)) {
            assertThatThrownBy(() -> SystemUser.callAs(notAdmin, () -> closings.close(YearMonth.of(2024, 5))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemUser.callAs(notAdmin, () -> closings.reopen(YearMonth.of(2024, 4))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> SystemUser.callAs(notAdmin, () -> policies.change(computers, 1,
                    DepreciationPolicy.straightLine(12, "0")))).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aPolicyChangeIsRecordedAndAppliesFromTheFirstOpenMonth() {
        AssetDetails notebook = register(own, "12000.00", LocalDate.of(2024, 3, 15));
        close("2024-04");
        SystemUser.callAs(admin, () -> policies.change(computers, 1, DepreciationPolicy.straightLine(2, "10")));
        close("2024-05"); // month 2 of a 2-month life: takes all that is left
        assertThat(bookValue(admin, notebook.id()).bookValue()).isEqualByComparingTo("1200.00");
        assertThat(jdbc.queryForObject("select count(*) from depreciation_policy_changes where category_id = ? "
                + "and effective_from = ?", Long.class, computers, LocalDate.of(2024, 5, 1))).isEqualTo(1);
        assertThat(SystemUser.callAs(admin, () -> closings.status()).lastClosed()).isEqualTo(YearMonth.of(2024, 5));
    }
}
