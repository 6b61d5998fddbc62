package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.base.AuditedAction;
import br.com.patritech.base.DomainException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/**
 * The fiscal schedule (RFB IN 1700/2017) in the monthly closing, beside the accounting one in the same ledger rows:
 * figures a person can check, the pure fiscal schedule to the cent for many assets, turning it on and off, and who
 * may change it; on H2 and on PostgreSQL.
 */
@IntegrationTest
@RecordApplicationEvents
abstract class FiscalClosingTests {

    @Autowired DepreciationClosings closings;
    @Autowired DepreciationPolicies policies;
    @Autowired FiscalDepreciation fiscal;
    @Autowired DepreciationAdjustments adjustments;
    @Autowired BookValues bookValues;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired LockingTaskExecutor locks;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    Place own;
    AppUser admin;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        own = fixtures.newUnit();
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    @AfterEach
    void turnTheFiscalScheduleOff() {
        jdbc.update("update depreciation_settings set fiscal_schedule = false where id = 1");
    }

    private <T> T asAdmin(java.util.function.Supplier<T> work) {
        return SystemUser.callAs(admin, work::get);
    }

    private long category(DepreciationPolicy policy, String fiscalRate) {
        long id = fixtures.newCategory("FS");
        if (policy != null) {
            asAdmin(() -> policies.change(id, 0, policy));
        }
        if (fiscalRate != null) {
            asAdmin(() -> fiscal.changeRate(id, 0, new BigDecimal(fiscalRate)));
        }
        return id;
    }

    private AssetDetails register(long category, Place place, String value, LocalDate acquired) {
        var form = AssetFixtures.form(category, place, "Notebook", value);
        form.setAcquisitionDate(acquired);
        return asAdmin(() -> assets.create(form));
    }

    private void fiscalSchedule(boolean on) {
        asAdmin(() -> fiscal.change(fiscal.setting().version(), on));
    }

    private ClosingStatus close(String month) {
        return asAdmin(() -> closings.close(YearMonth.parse(month)));
    }

    /** amount, accumulated, book value, fiscal amount, fiscal accumulated, fiscal book value of one ledger row. */
    private List<BigDecimal> row(long assetId, String month) {
        return jdbc.queryForObject("""
                select e.amount, e.accumulated, e.book_value, e.fiscal_amount, e.fiscal_accumulated, e.fiscal_book_value
                from depreciation_entries e join depreciation_closings c on c.id = e.closing_id and c.status = 'CLOSED'
                where e.asset_id = ? and e.month_start = ?""", (rs, n) -> java.util.Arrays.asList(rs.getBigDecimal(1),
                rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6)),
                assetId, YearMonth.parse(month).atDay(1));
    }

    @Test
    void oneClosingWritesTheAccountingAndTheFiscalScheduleSideBySide() {
        // 12.000,00: accounting 60 months, 10 % residual -> 180,00 a month; fiscal 20 % a year -> 200,00 a month
        long computers = category(DepreciationPolicy.straightLine(60, "10"), "20");
        AssetDetails notebook = register(computers, own, "12000.00", LocalDate.of(2024, 3, 15));
        fiscalSchedule(true);

        ClosingStatus april = close("2024-04");
        assertThat(row(notebook.id(), "2024-04")).extracting(BigDecimal::toPlainString)
                .containsExactly("180.00", "180.00", "11820.00", "200.00", "200.00", "11800.00");
        close("2024-05");
        assertThat(row(notebook.id(), "2024-05")).extracting(BigDecimal::toPlainString)
                .containsExactly("180.00", "360.00", "11640.00", "200.00", "400.00", "11600.00");

        assertThat(april.fiscalTotalAmount()).isNotNull();
        BigDecimal unitFiscal = jdbc.queryForObject("""
                select t.fiscal_amount from depreciation_unit_totals t join depreciation_closings c on c.id = t.closing_id
                where c.status = 'CLOSED' and c.month_start = ? and t.unit_id = ?""", BigDecimal.class,
                LocalDate.of(2024, 5, 1), own.unitId());
        assertThat(unitFiscal).isEqualByComparingTo("200.00");
        AssetBookValue value = asAdmin(() -> bookValues.of(notebook.id()));
        assertThat(value.bookValue()).isEqualByComparingTo("11640.00");
        assertThat(value.fiscal().bookValue()).isEqualByComparingTo("11600.00");
        assertThat(value.fiscal().asOf()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(value.fiscal().remainingMonths()).isEqualTo(58);
        assertThat(value.fiscal().projected()).hasSize(58);
        assertThat(value.fiscal().projected().getLast().month()).isEqualTo(YearMonth.of(2029, 3));
        assertThat(value.fiscal().projected().getLast().bookValue()).isEqualByComparingTo("0.00");
    }

    @Test
    void everyClosedMonthMatchesThePureFiscalScheduleToTheCent() {
        Map<Long, FiscalRate> rateOf = new HashMap<>();
        for (String rate : List.of("20", "10", "4", "25", "6.67", "100", "0")) {
            rateOf.put(category(DepreciationPolicy.straightLine(60, "10"), rate), FiscalRate.of(rate));
        }
        rateOf.put(category(DepreciationPolicy.NONE, null), FiscalRate.NONE); // no fiscal rate at all
        List<Long> categories = new ArrayList<>(rateOf.keySet());
        List<Place> places = List.of(own, fixtures.newUnit());
        Random random = new Random(20261206);
        record Registered(long id, long category, BigDecimal value, LocalDate acquired, LocalDate writtenOff) {
        }
        List<Registered> registered = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long category = categories.get(i % categories.size());
            BigDecimal value = i % 9 == 0 ? new BigDecimal("0.01") : BigDecimal.valueOf(random.nextLong(1, 5_000_000), 2);
            LocalDate acquired = i % 5 == 0 ? LocalDate.of(2023, 1 + random.nextInt(12), 1).plusMonths(1).minusDays(1)
                    : LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            AssetDetails asset = register(category, places.get(i % places.size()), value.toPlainString(), acquired);
            LocalDate writtenOff = null;
            if (i % 4 == 1 && acquired.isBefore(LocalDate.of(2024, 2, 1))) {
                writtenOff = LocalDate.of(2024, 2 + random.nextInt(3), 1 + random.nextInt(28));
                var request = new WriteOffRequest(writtenOff, WriteOffReason.INUTILIZACAO_ABANDONO, null, null);
                asAdmin(() -> assets.writeOff(asset.id(), asset.version(), request));
            }
            registered.add(new Registered(asset.id(), category, value, acquired, writtenOff));
        }
        fiscalSchedule(true);
        for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2024, 6)); month = month.plusMonths(1)) {
            close(month.toString());
            if (month.equals(YearMonth.of(2024, 3))) {
                // a revaluation changes the accounting base, never the fiscal one (the tax base is the cost)
                Registered revalued = registered.stream().filter(r -> r.writtenOff() == null
                        && r.acquired().isBefore(LocalDate.of(2024, 1, 1))).findFirst().orElseThrow();
                asAdmin(() -> adjustments.record(revalued.id(), new Adjustment.Request(AdjustmentKind.REVALUATION,
                        LocalDate.of(2024, 4, 10), new BigDecimal("99999.99"), "Laudo")));
            }
            for (Registered asset : registered) {
                var schedule = DepreciationSchedule.fiscal(asset.value(), asset.acquired(), rateOf.get(asset.category()),
                        asset.writtenOff());
                BigDecimal amount = BigDecimal.ZERO;
                BigDecimal accumulated = BigDecimal.ZERO;
                for (var m : schedule) {
                    if (m.month().equals(month)) {
                        amount = m.amount();
                    }
                    if (!m.month().isAfter(month)) {
                        accumulated = m.accumulated();
                    }
                }
                boolean inService = !YearMonth.from(asset.acquired()).isAfter(month);
                boolean gone = asset.writtenOff() != null && !YearMonth.from(asset.writtenOff()).isAfter(month);
                String what = "asset " + asset.id() + " in " + month;
                Integer rows = jdbc.queryForObject("""
                        select count(*) from depreciation_entries e join depreciation_closings c on c.id = e.closing_id
                        and c.status = 'CLOSED' where e.asset_id = ? and e.month_start = ?""", Integer.class,
                        asset.id(), month.atDay(1));
                assertThat(rows).as(what).isEqualTo(inService && !gone ? 1 : 0);
                if (!inService || gone) {
                    continue;
                }
                List<BigDecimal> row = row(asset.id(), month.toString());
                assertThat(row.get(3)).as(what + " fiscal amount").isEqualByComparingTo(amount);
                assertThat(row.get(4)).as(what + " fiscal accumulated").isEqualByComparingTo(accumulated);
                assertThat(row.get(5)).as(what + " fiscal book value")
                        .isEqualByComparingTo(asset.value().subtract(accumulated));
            }
        }
        BigDecimal ledger = jdbc.queryForObject("""
                select sum(e.fiscal_amount) from depreciation_entries e join depreciation_closings c on c.id = e.closing_id
                where c.status = 'CLOSED' and c.month_start = ?""", BigDecimal.class, LocalDate.of(2024, 6, 1));
        assertThat(asAdmin(() -> closings.status()).fiscalTotalAmount()).isEqualByComparingTo(ledger);
    }

    @Test
    void turnedOnLaterItStartsFromTheScheduleSoFarAndTurnedOffItWritesNothingFiscal() {
        long computers = category(DepreciationPolicy.straightLine(60, "10"), "20");
        AssetDetails notebook = register(computers, own, "12000.00", LocalDate.of(2024, 1, 20));
        close("2024-04");
        assertThat(row(notebook.id(), "2024-04").subList(3, 6)).containsOnlyNulls();
        assertThat(asAdmin(() -> closings.status()).fiscalTotalAmount()).isNull();
        assertThat(asAdmin(() -> bookValues.of(notebook.id())).fiscal()).isNull();

        fiscalSchedule(true);
        AssetBookValue before = asAdmin(() -> bookValues.of(notebook.id()));
        assertThat(before.fiscal().asOf()).isNull();
        assertThat(before.fiscal().projected().getFirst().month()).isEqualTo(YearMonth.of(2024, 5));
        assertThat(before.fiscal().projected().getFirst().accumulated()).isEqualByComparingTo("800.00");
        close("2024-05");
        // February..April were taken before (the schedule's opening balance, 3 x 200,00), May adds 200,00
        assertThat(row(notebook.id(), "2024-05").subList(3, 6)).extracting(BigDecimal::toPlainString)
                .containsExactly("200.00", "800.00", "11200.00");

        fiscalSchedule(false);
        close("2024-06");
        assertThat(row(notebook.id(), "2024-06").subList(3, 6)).containsOnlyNulls();
        assertThat(row(notebook.id(), "2024-06").get(1)).isEqualByComparingTo("900.00"); // accounting goes on
    }

    @Test
    void aRateChangeAppliesFromTheFirstOpenMonthAndIsKeptInHistoryAndTheAuditTrail() {
        long furniture = category(DepreciationPolicy.straightLine(120, "10"), "10");
        AssetDetails desk = register(furniture, own, "2400.00", LocalDate.of(2024, 1, 10));
        fiscalSchedule(true);
        close("2024-02");
        CategoryFiscalRate current = asAdmin(() -> fiscal.rate(furniture));
        asAdmin(() -> fiscal.changeRate(furniture, current.version(), new BigDecimal("20")));
        close("2024-03");
        // February 2.400,00 x 10 % / 12 = 20,00; March at 20 %: 40,00
        assertThat(row(desk.id(), "2024-02").get(3)).isEqualByComparingTo("20.00");
        assertThat(row(desk.id(), "2024-03").subList(3, 5)).extracting(BigDecimal::toPlainString)
                .containsExactly("40.00", "60.00");
        assertThat(jdbc.queryForObject("""
                select effective_from from depreciation_fiscal_rate_changes where category_id = ?
                order by id desc fetch first 1 rows only""", LocalDate.class, furniture)).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(events.stream(AuditedAction.class).filter(a -> a.action().equals("DEPRECIATION_FISCAL_RATE_CHANGED")))
                .anySatisfy(a -> assertThat(a.detail()).contains("10.00 → 20.00"));
        assertThat(events.stream(AuditedAction.class)
                .filter(a -> a.action().equals("DEPRECIATION_FISCAL_SCHEDULE_CHANGED")))
                .anySatisfy(a -> assertThat(a.detail()).contains("false → true"));
    }

    @Test
    void onlyAnAdminChangesItBadRatesAreRefusedByFieldAndNotWhileAMonthCloses() throws Throwable {
        long category = category(null, null);
        AppUser gestor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), Set.of());
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> fiscal.change(fiscal.setting().version(), true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> SystemUser.callAs(gestor, () -> fiscal.changeRate(category, 0, BigDecimal.TEN)))
                .isInstanceOf(AccessDeniedException.class);
        for (String bad : List.of("-1", "0.5", "100.01", "12.345")) {
            assertThatThrownBy(() -> asAdmin(() -> fiscal.changeRate(category, 0, new BigDecimal(bad))))
                    .as(bad).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.getViolations())
                            .extracting(DomainException.Violation::field, DomainException.Violation::messageKey)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple("annualRatePercent",
                                    "depreciation.fiscal.rate.invalid")));
        }
        assertThat(asAdmin(() -> fiscal.rate(category)).version()).isZero();

        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            LockConfiguration lock = new LockConfiguration(Instant.now(), DepreciationClosings.LOCK,
                    Duration.ofMinutes(1), Duration.ZERO);
            var refused = locks.executeWithLock(() -> other.submit(() -> {
                try {
                    fiscalSchedule(true);
                    return "changed";
                } catch (DomainException e) {
                    return e.getMessageKey();
                }
            }).get(), lock);
            assertThat(refused.getResult()).isEqualTo("depreciation.closing.in-use");
        } finally {
            other.shutdown();
        }
        assertThat(asAdmin(() -> fiscal.setting()).enabled()).isFalse();
    }
}
