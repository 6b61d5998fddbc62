package br.com.patritech.assets;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.DomainException;
import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;

/**
 * The port a spreadsheet import registers assets through (decision 0008): the same rules as the registration form
 * ({@link AssetRules}, tombo format and uniqueness, unit, room and category, the ASSET_CREATE flag in the unit), then
 * the valid rows written in one JDBC batch with their sort columns, an IMPORTED history entry each, the tombo counters
 * moved past the tombos kept, and {@link AssetTotalsLedger} updated per cell. Runs inside the caller's transaction;
 * the caller (exchange) has checked that the user may import at all and passes who it is, since imports run off
 * the request thread.
 */
@Component
public class AssetImports {

    private static final String INSERT = "insert into assets (tombo, name, description, serial_number, category_id,"
            + " category_name, unit_id, unit_code, room_id, room_name, acquisition_value, acquisition_date, supplier,"
            + " invoice_number, origin, conservation, classification, status, version, created_at, created_by)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";

    private final AssetReferences references;
    private final TomboGenerator tombos;
    private final AssetTotalsLedger ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AssetImports(AssetReferences references, TomboGenerator tombos, AssetTotalsLedger ledger, JdbcTemplate jdbc,
                 Clock clock) {
        this.references = references;
        this.tombos = tombos;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What is wrong with each form, as the registration form would say it (an empty list: it may go in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<List<DomainException.Violation>> check(List<AssetForm> forms, AppUser user) {
        Set<String> taken = existingTombos(forms);
        List<List<DomainException.Violation>> found = new ArrayList<>(forms.size());
        for (AssetForm form : forms) {
            Violations violations = AssetRules.check(form, clock);
            AssetService.checkSelectable(form.getStatus(), violations);
            String tombo = normalTombo(form);
            if (!tombo.isEmpty() && !tombo.matches("[A-Z0-9][A-Z0-9./-]{0,39}")) {
                violations.add("tombo", "asset.tombo.invalid");
            } else if (taken.contains(tombo)) {
                violations.add("tombo", "asset.tombo.duplicate");
            }
            if (form.getUnitId() != null && !user.unitsFor(Permission.ASSET_CREATE).contains(form.getUnitId())) {
                violations.add("unitId", "import.unit.not-permitted");
            } else {
                Unit unit = references.unit(form.getUnitId(), violations);
                references.requireActive(unit, violations);
                references.roomIn(unit, form.getRoomId(), violations);
            }
            references.category(form.getCategoryId(), violations);
            found.add(violationsOf(violations));
        }
        return found;
    }

    /** Registers forms that {@link #check} passed; returns how many went in. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int insert(List<AssetForm> forms, AppUser user, String fileName) {
        if (forms.isEmpty()) {
            return 0;
        }
        List<String[]> kept = new ArrayList<>();
        List<Object[]> rows = new ArrayList<>(forms.size());
        List<AssetTotalsLedger.Cell> cells = new ArrayList<>(forms.size());
        List<String> inserted = new ArrayList<>(forms.size());
        Timestamp now = Timestamp.from(Instant.now(clock));
        for (AssetForm form : forms) {
            Unit unit = references.find(Unit.class, form.getUnitId());
            Category category = references.find(Category.class, form.getCategoryId());
            if (!normalTombo(form).isEmpty()) {
                kept.add(new String[] {category.getTomboPrefix(), unit.getCode(), normalTombo(form)});
            }
        }
        tombos.skipPastAll(kept);
        for (AssetForm form : forms) {
            Unit unit = references.find(Unit.class, form.getUnitId());
            Category category = references.find(Category.class, form.getCategoryId());
            Room room = references.find(Room.class, form.getRoomId());
            String tombo = normalTombo(form).isEmpty() ? tombos.claim(category.getTomboPrefix(), unit.getCode())
                    : normalTombo(form);
            AssetStatus status = form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus();
            var value = form.getAcquisitionValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
            rows.add(new Object[] {tombo, form.getName().trim(), trim(form.getDescription()),
                trim(form.getSerialNumber()), category.getId(), category.getName(), unit.getId(), unit.getCode(),
                room == null ? null : room.getId(), room == null ? null : room.getName(), value,
                form.getAcquisitionDate() == null ? null : Date.valueOf(form.getAcquisitionDate()),
                trim(form.getSupplier()), trim(form.getInvoiceNumber()), form.getOrigin().name(),
                form.getConservation().name(), form.getClassification().name(), status.name(), now, user.login()});
            cells.add(new AssetTotalsLedger.Cell(unit.getId(), category.getId(), status, form.getClassification(),
                    value));
            inserted.add(tombo);
        }
        jdbc.batchUpdate(INSERT, rows);
        jdbc.update("insert into asset_events (asset_id, type, occurred_at, actor_id, actor_name, note) select id, '"
                + AssetEventType.IMPORTED.name() + "', ?, ?, ?, ? from assets where tombo in (" + marks(inserted)
                + ")", args(now, user.id() == 0 ? null : user.id(), user.name(), note(fileName), inserted));
        ledger.addedAll(cells);
        return rows.size();
    }

    private Set<String> existingTombos(Collection<AssetForm> forms) {
        List<String> given = forms.stream().map(AssetImports::normalTombo).filter(t -> !t.isEmpty()).distinct()
                .toList();
        return given.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select tombo from assets where tombo in (" + marks(given) + ")", String.class, given.toArray()));
    }

    private static String note(String fileName) {
        String note = "importado de " + fileName;
        return note.length() > 2000 ? note.substring(0, 2000) : note;
    }

    private static Object[] args(Object a, Object b, Object c, Object d, List<String> rest) {
        List<Object> all = new ArrayList<>(java.util.Arrays.asList(a, b, c, d));
        all.addAll(rest);
        return all.toArray();
    }

    private static String marks(List<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    private static List<DomainException.Violation> violationsOf(Violations violations) {
        try {
            violations.throwIfAny();
            return List.of();
        } catch (DomainException e) {
            return e.getViolations();
        }
    }

    static String normalTombo(AssetForm form) {
        return form.getTombo() == null ? "" : form.getTombo().trim().toUpperCase(Locale.ROOT);
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
