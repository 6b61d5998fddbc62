package br.com.patritech.depreciation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import br.com.patritech.assets.AssetDetails;
import br.com.patritech.assets.AssetEventType;
import br.com.patritech.assets.AssetFixtures;
import br.com.patritech.assets.AssetFixtures.Place;
import br.com.patritech.assets.AssetService;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.NotFoundException;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.Role;
import br.com.patritech.security.SystemUser;
import br.com.patritech.support.IntegrationTest;
import br.com.patritech.support.TestUsers;

/** Revaluation and impairment: who may record them, when, and how later closings depreciate from the new value. */
@IntegrationTest
abstract class DepreciationAdjustmentsTests {

    @Autowired DepreciationAdjustments adjustments;
    @Autowired DepreciationClosings closings;
    @Autowired DepreciationPolicies policies;
    @Autowired BookValues bookValues;
    @Autowired AssetService assets;
    @Autowired AssetFixtures fixtures;
    @Autowired TestUsers testUsers;
    @Autowired JdbcTemplate jdbc;

    AppUser admin;
    Place own;
    AssetDetails notebook;

    @BeforeEach
    void setUp() {
        jdbc.update("truncate table depreciation_entries");
        jdbc.update("delete from depreciation_unit_totals");
        jdbc.update("delete from depreciation_cell_totals");
        jdbc.update("delete from depreciation_closings");
        admin = testUsers.principal(Role.ADMIN, Set.of(), Set.of());
        own = fixtures.newUnit();
        long computers = fixtures.newCategory("NB");
        SystemUser.callAs(admin, () -> policies.change(computers, 0, DepreciationPolicy.straightLine(60, "10")));
        var form = AssetFixtures.form(computers, own, "Notebook", "12000.00");
        form.setAcquisitionDate(LocalDate.of(2024, 3, 15));
        notebook = SystemUser.callAs(admin, () -> assets.create(form));
        close("2024-04"); // 180.00: book value 11,820.00
    }

    private void close(String month) {
        SystemUser.callAs(admin, () -> closings.close(YearMonth.parse(month)));
    }

    private Adjustment record(AppUser user, AdjustmentKind kind, String date, String value, String reason) {
        return SystemUser.callAs(user, () -> adjustments.record(notebook.id(),
                new Adjustment.Request(kind, LocalDate.parse(date), new BigDecimal(value), reason)));
    }

    private static String keyOf(Throwable e) {
        return e instanceof DomainException d ? d.getMessageKey() : e.toString();
    }

    @Test
    void aRevaluationIsTheNewBaseOfLaterClosingsOverTheRestOfTheLife() {
        Adjustment revalued = record(admin, AdjustmentKind.REVALUATION, "2024-05-10", "15000.00", "Laudo de avaliação 12/2024");
        assertThat(revalued.previousBookValue()).isEqualByComparingTo("11820.00");
        // 59 months left; (15,000.00 - 1,500.00) / 59 = 228.81 (cents rounded down), from May on
        AssetBookValue before = SystemUser.callAs(admin, () -> bookValues.of(notebook.id()));
        assertThat(before.bookValue()).isEqualByComparingTo("15000.00");
        assertThat(before.projected().getFirst().amount()).isEqualByComparingTo("228.81");
        assertThat(before.projected()).hasSize(59);
        assertThat(before.projected().getLast().bookValue()).isEqualByComparingTo("1500.00");
        close("2024-05");
        close("2024-06");
        AssetBookValue after = SystemUser.callAs(admin, () -> bookValues.of(notebook.id()));
        assertThat(after.accumulated()).isEqualByComparingTo("457.62");
        assertThat(after.bookValue()).isEqualByComparingTo("14542.38");
        assertThat(after.projected()).hasSize(57);
        assertThat(after.projected().getLast().bookValue()).isEqualByComparingTo("1500.00");
        assertThat(jdbc.queryForObject("select count(*) from asset_events where asset_id = ? and type = ?", Long.class,
                notebook.id(), AssetEventType.REVALUED.name())).isEqualTo(1);
    }

    @Test
    void anImpairmentMustLowerTheBookValueAndIsRecordedInTheHistory() {
        assertThatThrownBy(() -> record(admin, AdjustmentKind.IMPAIRMENT, "2024-05-02", "11820.00", "Dano"))
                .extracting(DepreciationAdjustmentsTests::keyOf).isEqualTo("depreciation.adjustment.impairment.not-lower");
        record(admin, AdjustmentKind.IMPAIRMENT, "2024-05-02", "5900.00", "Tela danificada; valor recuperável estimado");
        close("2024-05");
        // 59 months left: (5,900.00 - 590.00) / 59 = 90.00
        assertThat(SystemUser.callAs(admin, () -> bookValues.of(notebook.id())).bookValue()).isEqualByComparingTo("5810.00");
        assertThat(SystemUser.callAs(admin, () -> adjustments.of(notebook.id()))).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Tela danificada; valor recuperável estimado"));
        assertThat(jdbc.queryForObject("select note from asset_events where asset_id = ? and type = ?", String.class,
                notebook.id(), AssetEventType.IMPAIRED.name())).isEqualTo("Tela danificada; valor recuperável estimado");
    }

    @Test
    void anAdjustmentIsDatedInTheFirstOpenMonthWithAReasonAndAValidValue() {
        assertThatThrownBy(() -> record(admin, AdjustmentKind.REVALUATION, "2024-04-30", "15000.00", "Laudo"))
                .extracting(DepreciationAdjustmentsTests::keyOf).isEqualTo("depreciation.adjustment.date.closed");
        assertThatThrownBy(() -> record(admin, AdjustmentKind.REVALUATION, "2024-05-02", "15000.00", "  "))
                .extracting(DepreciationAdjustmentsTests::keyOf).isEqualTo("depreciation.adjustment.reason.required");
        assertThatThrownBy(() -> record(admin, AdjustmentKind.REVALUATION, "2024-05-02", "-1", "Laudo"))
                .extracting(DepreciationAdjustmentsTests::keyOf).isEqualTo("depreciation.adjustment.value.invalid");
        assertThatThrownBy(() -> record(admin, AdjustmentKind.REVALUATION, "2024-05-02", "1.005", "Laudo"))
                .extracting(DepreciationAdjustmentsTests::keyOf).isEqualTo("depreciation.adjustment.value.invalid");
        assertThatThrownBy(() -> record(admin, AdjustmentKind.REVALUATION, LocalDate.now().plusDays(2).toString(),
                "15000.00", "Laudo")).extracting(DepreciationAdjustmentsTests::keyOf)
                .isEqualTo("depreciation.adjustment.date.future");
        assertThat(jdbc.queryForObject("select count(*) from depreciation_adjustments where asset_id = ?", Long.class,
                notebook.id())).isZero();
    }

    @Test
    void onlyAnAdminOrAGestorAllowedToEditInTheUnitRecordsOne() {
        AppUser editor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_EDIT));
        AppUser notEditor = testUsers.principal(Role.GESTOR, Set.of(own.unitId()), EnumSet.of(Permission.ASSET_CREATE));
        AppUser elsewhere = testUsers.principal(Role.GESTOR, Set.of(fixtures.newUnit().unitId()),
                EnumSet.allOf(Permission.class));
        AppUser auditor = testUsers.principal(Role.AUDITOR, Set.of(), Set.of());
        assertThatThrownBy(() -> record(notEditor, AdjustmentKind.REVALUATION, "2024-05-02", "15000.00", "Laudo"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(auditor, AdjustmentKind.REVALUATION, "2024-05-02", "15000.00", "Laudo"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> record(elsewhere, AdjustmentKind.REVALUATION, "2024-05-02", "15000.00", "Laudo"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> SystemUser.callAs(elsewhere, () -> adjustments.of(notebook.id())))
                .isInstanceOf(NotFoundException.class);
        assertThat(record(editor, AdjustmentKind.REVALUATION, "2024-05-02", "15000.00", "Laudo").recordedBy())
                .isEqualTo(editor.name());
    }
}
