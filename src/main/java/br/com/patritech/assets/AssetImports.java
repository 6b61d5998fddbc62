package br.com.patritech.assets;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict do nothing";

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

    /**
     * What writing a batch did: how many assets went in, and which forms (by their index in the batch) were not written
     * because someone registered their tombo after {@link #check} passed them (those rows are duplicates, as the check
     * would now say).
     */
    public record Written(int imported, Set<Integer> tomboTaken) {
    }

    /**
     * Registers forms that {@link #check} passed, set-based: the tombos typed in the file move their series' counters
     * once per series, the missing ones are handed out per series at once, the assets go in with one JDBC batch, their
     * IMPORTED history entries with one statement, and the totals with one upsert per cell. A tombo registered by
     * someone else meanwhile is no failure of the batch: that row is left out (see {@link Written}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written insert(List<AssetForm> forms, AppUser user, String fileName) {
        if (forms.isEmpty()) {
            return new Written(0, Set.of());
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Unit> units = new ArrayList<>(forms.size());
        List<Category> categories = new ArrayList<>(forms.size());
        List<String[]> kept = new ArrayList<>();
        Map<List<String>, List<Integer>> toNumber = new LinkedHashMap<>();
        for (int i = 0; i < forms.size(); i++) {
            AssetForm form = forms.get(i);
            Unit unit = references.find(Unit.class, form.getUnitId());
            Category category = references.find(Category.class, form.getCategoryId());
            units.add(unit);
            categories.add(category);
            if (normalTombo(form).isEmpty()) {
                toNumber.computeIfAbsent(List.of(category.getTomboPrefix(), unit.getCode()), k -> new ArrayList<>())
                        .add(i);
            } else {
                kept.add(new String[] {category.getTomboPrefix(), unit.getCode(), normalTombo(form)});
            }
        }
        tombos.skipPastAll(kept);
        String[] tomboOf = new String[forms.size()];
        for (int i = 0; i < forms.size(); i++) {
            tomboOf[i] = normalTombo(forms.get(i));
        }
        toNumber.forEach((series, rows) -> {
            List<String> claimed = tombos.claimAll(series.get(0), series.get(1), rows.size());
            for (int r = 0; r < rows.size(); r++) {
                tomboOf[rows.get(r)] = claimed.get(r);
            }
        });
        List<Object[]> rows = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            AssetForm form = forms.get(i);
            Unit unit = units.get(i);
            Category category = categories.get(i);
            Room room = references.find(Room.class, form.getRoomId());
            rows.add(new Object[] {tomboOf[i], form.getName().trim(), trim(form.getDescription()),
                trim(form.getSerialNumber()), category.getId(), category.getName(), unit.getId(), unit.getCode(),
                room == null ? null : room.getId(), room == null ? null : room.getName(), value(form),
                form.getAcquisitionDate() == null ? null : Date.valueOf(form.getAcquisitionDate()),
                trim(form.getSupplier()), trim(form.getInvoiceNumber()), form.getOrigin().name(),
                form.getConservation().name(), form.getClassification().name(), status(form).name(), now,
                user.login()});
        }
        Set<Integer> taken = insertLeavingOutTaken(rows);
        List<String> inserted = new ArrayList<>(forms.size());
        List<AssetTotalsLedger.Cell> cells = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            if (!taken.contains(i)) {
                inserted.add(tomboOf[i]);
                cells.add(new AssetTotalsLedger.Cell(units.get(i).getId(), categories.get(i).getId(),
                        status(forms.get(i)), forms.get(i).getClassification(), value(forms.get(i))));
            }
        }
        if (!inserted.isEmpty()) {
            jdbc.update("insert into asset_events (asset_id, type, occurred_at, actor_id, actor_name, note) select id, '"
                    + AssetEventType.IMPORTED.name() + "', ?, ?, ?, ? from assets where tombo in (" + marks(inserted)
                    + ")", args(now, user.id() == 0 ? null : user.id(), user.name(), note(fileName), inserted));
            ledger.addedAll(cells);
        }
        return new Written(inserted.size(), taken);
    }

    /**
     * One batch insert that leaves out, instead of failing on, a tombo someone registered since the check (their
     * transaction committed meanwhile, or PostgreSQL made this insert wait for it): {@code on conflict do nothing},
     * and a row the database did not insert is such a row. Answers their indexes.
     */
    private Set<Integer> insertLeavingOutTaken(List<Object[]> rows) {
        int[] counts = jdbc.batchUpdate(INSERT, rows);
        Set<Integer> taken = new java.util.TreeSet<>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                taken.add(i);
            }
        }
        return taken;
    }

    private static AssetStatus status(AssetForm form) {
        return form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus();
    }

    private static java.math.BigDecimal value(AssetForm form) {
        return form.getAcquisitionValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private Set<String> registered(List<String> tombos) {
        return tombos.isEmpty() ? Set.of() : new HashSet<>(jdbc.queryForList(
                "select tombo from assets where tombo in (" + marks(tombos) + ")", String.class, tombos.toArray()));
    }

    private Set<String> existingTombos(Collection<AssetForm> forms) {
        return registered(forms.stream().map(AssetImports::normalTombo).filter(t -> !t.isEmpty()).distinct()
                .toList());
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
