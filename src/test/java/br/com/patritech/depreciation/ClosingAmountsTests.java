package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.assets.WriteOffReason;
import br.com.patritech.assets.WriteOffRequest;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Role;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;
import br.com.patritech.security.SystemUser;

/**
 * The SQL closing writes, month after month, exactly the amounts of the pure schedule ({@link DepreciationSchedule}),
 * to the cent, for many assets: odd values, the 31st, written off mid-life, lives that end inside the months closed,
 * categories that do not depreciate or have no policy. Written before the closing became chunked, so any rewrite of
 * the SQL must keep these figures.
 */
@IntegrationTest
abstract class ClosingAmountsTests {

    @Autowired DepreciationClosings closings;
    @Autowired DepreciationPolicies policies;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired JdbcTemplate jdbc;

    AppUser admin;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
    }

    private long category(DepreciationPolicy policy) {
        long id = fixtures.newCategory("DP");
        if (policy != null) {
            SystemUser.callAs(admin, () -> policies.change(id, 0, policy));
        }
        return id;
    }

    @Test
    void everyClosedMonthMatchesThePureScheduleToTheCent() {
        Map<Long, DepreciationPolicy> policyOf = new HashMap<>();
        for (DepreciationPolicy p : List.of(DepreciationPolicy.straightLine(60, "10"), DepreciationPolicy.straightLine(7, "33.33"),
                DepreciationPolicy.straightLine(1, "0"), DepreciationPolicy.straightLine(180, "12.5"), DepreciationPolicy.NONE)) {
            policyOf.put(category(p), p);
        }
        long withoutPolicy = category(null);
        policyOf.put(withoutPolicy, DepreciationPolicy.NONE);
        List<Long> categories = new ArrayList<>(policyOf.keySet());
        List<Place> places = List.of(fixtures.newUnit(), fixtures.newUnit(), fixtures.newUnit());
        Random random = new Random(20261125);
        record Registered(long id, long category, BigDecimal value, LocalDate acquired, LocalDate writtenOff) {
        }
        List<Registered> registered = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            long category = categories.get(i % categories.size());
            BigDecimal value = BigDecimal.valueOf(random.nextLong(1, 5_000_000), 2);
            if (i % 9 == 0) {
                value = new BigDecimal("0.01");
            }
            LocalDate acquired = i % 5 == 0 ? LocalDate.of(2023, 1 + random.nextInt(12), 1).withDayOfMonth(1).plusMonths(1).minusDays(1)
                    : LocalDate.of(2019 + random.nextInt(6), 1 + random.nextInt(12), 1 + random.nextInt(28));
            var form = AssetFixtures.form(category, places.get(i % places.size()), "Bem " + i, value.toPlainString());
            form.setAcquisitionDate(acquired);
            AssetDetails asset = SystemUser.callAs(admin, () -> assets.create(form));
            LocalDate writtenOff = null;
            if (i % 4 == 1 && acquired.isBefore(LocalDate.of(2024, 2, 1))) {
                writtenOff = LocalDate.of(2024, 2 + random.nextInt(3), 1 + random.nextInt(28));
                var request = new WriteOffRequest(writtenOff, WriteOffReason.INUTILIZACAO_ABANDONO, null, null);
                SystemUser.callAs(admin, () -> assets.writeOff(asset.id(), asset.version(), request));
            }
            registered.add(new Registered(asset.id(), category, value, acquired, writtenOff));
        }
        for (YearMonth month = YearMonth.of(2024, 1); !month.isAfter(YearMonth.of(2024, 6)); month = month.plusMonths(1)) {
            YearMonth closed = month;
            SystemUser.callAs(admin, () -> closings.close(closed));
            Map<Long, List<BigDecimal>> ledger = new HashMap<>();
            jdbc.query("""
                    select e.asset_id, e.amount, e.accumulated, e.book_value from depreciation_entries e
                    join depreciation_closings c on c.id = e.closing_id and c.status = 'CLOSED' where e.month_start = ?""",
                    rs -> {
                        ledger.put(rs.getLong(1), List.of(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)));
                    }, month.atDay(1));
            for (Registered asset : registered) {
                var schedule = DepreciationSchedule.of(asset.value(), asset.acquired(), policyOf.get(asset.category()),
                        asset.writtenOff());
                BigDecimal amount = BigDecimal.ZERO.setScale(2);
                BigDecimal accumulated = BigDecimal.ZERO.setScale(2);
                for (var m : schedule) {
                    if (m.month().equals(month)) {
                        amount = m.amount();
                    }
                    if (!m.month().isAfter(month)) {
                        accumulated = m.accumulated();
                    }
                }
                boolean inService = YearMonth.from(asset.acquired()).isBefore(month)
                        || YearMonth.from(asset.acquired()).equals(month);
                boolean gone = asset.writtenOff() != null && !YearMonth.from(asset.writtenOff()).isAfter(month);
                String what = "asset " + asset.id() + " in " + month;
                if (!inService || gone) {
                    assertThat(ledger).as(what).doesNotContainKey(asset.id());
                    continue;
                }
                assertThat(ledger).as(what).containsKey(asset.id());
                List<BigDecimal> row = ledger.get(asset.id());
                assertThat(row.get(0)).as(what + " amount").isEqualByComparingTo(amount);
                assertThat(row.get(1)).as(what + " accumulated").isEqualByComparingTo(accumulated);
                assertThat(row.get(2)).as(what + " book value")
                        .isEqualByComparingTo(asset.value().subtract(accumulated).setScale(2, RoundingMode.HALF_UP));
            }
        }
    }
}
