package br.com.patritech.assets;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import br.com.patritech.base.PlannerStatistics;
import br.com.patritech.base.DomainException;
import br.com.patritech.base.Violations;
import br.com.patritech.catalog.Category;
import br.com.patritech.organization.Room;
import br.com.patritech.organization.Unit;
import br.com.patritech.security.AppUser;
import br.com.patritech.security.Permission;
import br.com.patritech.security.UnitScope;

/**
 * The port a spreadsheet import registers assets through (decision 0008): the same rules as the registration form
 * ({@link AssetRules}, tombo format and uniqueness, unit, room and category, the ASSET_CREATE flag in the unit), then
 * the valid rows written with multi-row inserts with their sort columns, an IMPORTED history entry each, the tombo
 * counters moved past the tombos kept, and {@link AssetTotalsLedger} updated per cell. Runs inside the caller's
 * transaction; the caller (exchange) has checked that the user may import at all and passes who it is, since imports
 * run off the request thread.
 */
@Component
public class AssetImports {

    private static final int ROWS_PER_STATEMENT = 100;
    private static final String ASSETS = "insert into assets (tombo, name, description, serial_number, category_id,"
            + " category_name, unit_id, unit_code, room_id, room_name, acquisition_value, acquisition_date, supplier,"
            + " invoice_number, origin, conservation, classification, status, custodian_id, custody_pending, version,"
            + " created_at, created_by) values ";
    private static final String ASSET_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final String IMPORTED_HISTORY = "insert into asset_events (asset_id, type, occurred_at, actor_id,"
            + " actor_name, note) values ";
    private static final String IMPORTED_HISTORY_ROW = "(?, '" + AssetEventType.IMPORTED.name() + "', ?, ?, ?, ?)";

    private final AssetReferences references;
    private final TomboGenerator tombos;
    private final AssetTotalsLedger ledger;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final PlannerStatistics statistics;

    AssetImports(AssetReferences references, TomboGenerator tombos, AssetTotalsLedger ledger, JdbcTemplate jdbc,
                 Clock clock, PlannerStatistics statistics) {
        this.references = references;
        this.tombos = tombos;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.clock = clock;
        this.statistics = statistics;
    }

    /** What is wrong with each form, as the registration form would say it (an empty list: it may go in). */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<List<DomainException.Violation>> check(List<AssetForm> forms, AppUser user) {
        Set<String> taken = existingTombos(forms);
        AssetReferences references = this.references.cached();
        UnitScope creatable = user.unitsFor(Permission.ASSET_CREATE);
        List<List<DomainException.Violation>> found = new ArrayList<>(forms.size());
        for (AssetForm form : forms) {
            Violations violations = AssetRules.check(form, clock);
            AssetService.checkSelectable(form.getStatus(), violations);
            String tombo = normalTombo(form);
            if (!tombo.isEmpty() && !AssetRules.validTombo(tombo)) {
                violations.add("tombo", "asset.tombo.invalid");
            } else if (taken.contains(tombo)) {
                violations.add("tombo", "asset.tombo.duplicate");
            }
            if (form.getUnitId() != null && !creatable.contains(form.getUnitId())) {
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
    public record Written(int imported, Set<Integer> tomboTaken, List<Long> ids, List<String> tombos) {

        /** The id given to the form at this index of the batch, or null when it was not written. */
        public Long id(int index) {
            return ids.get(index);
        }

        /** The tombo the form at this index went in with (typed, or handed out). */
        public String tombo(int index) {
            return tombos.get(index);
        }
    }

    /**
     * Registers forms that {@link #check} passed, set-based: the tombos typed in the file move their series' counters
     * once per series, the missing ones are handed out per series at once, the assets and their IMPORTED history
     * entries go in with multi-row inserts, and the totals with one upsert per cell. A tombo registered by
     * someone else meanwhile is no failure of the batch: that row is left out (see {@link Written}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written insert(List<AssetForm> forms, AppUser user, String fileName) {
        return insert(forms, null, user, fileName);
    }

    /**
     * As {@link #insert(List, AppUser, String)}, each asset going in already in the custody of the responsible person
     * given for its form ({@code custodians}, by index; null: nobody), pending their term: the custody feature, which
     * checked its rules, then issues the terms and writes the history entries through {@link AssetCustodyPort}
     * (decision 0014). Setting the column in the insert spares updating every row again (with the table's indexes).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Written insert(List<AssetForm> forms, List<Long> custodians, AppUser user, String fileName) {
        if (forms.isEmpty()) {
            return new Written(0, Set.of(), List.of(), List.of());
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        AssetReferences references = this.references.cached();
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
                form.getConservation().name(), form.getClassification().name(), status(form).name(),
                custodians == null ? null : custodians.get(i), custodians != null && custodians.get(i) != null, now,
                user.login()});
        }
        Map<String, Long> ids = insertLeavingOutTaken(rows);
        keepStatisticsCurrent();
        Set<Integer> taken = new java.util.TreeSet<>();
        List<Object[]> history = new ArrayList<>(forms.size());
        List<AssetTotalsLedger.Cell> cells = new ArrayList<>(forms.size());
        Long actor = user.id() == 0 ? null : user.id();
        String note = note(fileName);
        for (int i = 0; i < forms.size(); i++) {
            Long id = ids.get(tomboOf[i]);
            if (id == null) {
                taken.add(i);
            } else {
                history.add(new Object[] {id, now, actor, user.name(), note});
                cells.add(new AssetTotalsLedger.Cell(units.get(i).getId(), categories.get(i).getId(),
                        status(forms.get(i)), forms.get(i).getClassification(), value(forms.get(i))));
            }
        }
        insertRows(IMPORTED_HISTORY, IMPORTED_HISTORY_ROW, history);
        if (!cells.isEmpty()) {
            ledger.addedAll(cells);
        }
        List<Long> written = new ArrayList<>(forms.size());
        for (int i = 0; i < forms.size(); i++) {
            written.add(ids.get(tomboOf[i]));
        }
        return new Written(history.size(), taken, written, java.util.Arrays.asList(tomboOf));
    }

    /**
     * Inserts the assets {@value #ROWS_PER_STATEMENT} to a statement (a statement per row costs PostgreSQL about as
     * much again as the rows themselves), leaving out, instead of failing on, a tombo someone registered since the
     * check (their transaction committed meanwhile, or PostgreSQL made this insert wait for it):
     * {@code on conflict do nothing}. Answers the id of each tombo that went in, as the database returns them.
     */
    private Map<String, Long> insertLeavingOutTaken(List<Object[]> rows) {
        Map<String, Long> ids = new java.util.HashMap<>(rows.size() * 2);
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = ASSETS + String.join(", ", java.util.Collections.nCopies(chunk.size(), ASSET_ROW))
                    + " on conflict do nothing";
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            jdbc.update(connection -> bound(connection.prepareStatement(sql, new String[] {"id", "tombo"}), chunk),
                    keys);
            for (Map<String, Object> key : keys.getKeyList()) {
                ids.put((String) column(key, "tombo"), ((Number) column(key, "id")).longValue());
            }
        }
        return ids;
    }

    private void insertRows(String insert, String oneRow, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
            String sql = insert + String.join(", ", java.util.Collections.nCopies(chunk.size(), oneRow));
            jdbc.update(connection -> bound(connection.prepareStatement(sql), chunk));
        }
    }

    private static PreparedStatement bound(PreparedStatement statement, List<Object[]> rows) throws SQLException {
        int index = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                StatementCreatorUtils.setParameterValue(statement, index++, SqlTypeValue.TYPE_UNKNOWN, value);
            }
        }
        return statement;
    }

    /** A returned key's column, whatever case the driver names it in. */
    private static Object column(Map<String, Object> key, String name) {
        Object value = key.get(name);
        if (value == null) {
            for (Map.Entry<String, Object> entry : key.entrySet()) {
                if (entry.getKey().equalsIgnoreCase(name)) {
                    return entry.getValue();
                }
            }
        }
        return value;
    }

    private static AssetStatus status(AssetForm form) {
        return form.getStatus() == null ? AssetStatus.ATIVO : form.getStatus();
    }

    private static java.math.BigDecimal value(AssetForm form) {
        return form.getAcquisitionValue().setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * Keeps PostgreSQL's idea of the table's size current while imports grow it: when the table holds about twice what
     * its statistics say (a new installation's first import grows it from nearly nothing), ANALYZE. Plans made while
     * the table was small, and kept by the connection, would scan it whole for every lookup: the foreign key check of
     * each history entry, the batch's tombo lookups. Assets are never deleted, so the highest id tells the size well
     * enough; about seven times for 100,000 rows into an empty table, never for an import a tenth of the table. In
     * "all or nothing" it samples the import's own rows, not yet committed (ANALYZE counts its transaction's rows).
     */
    private void keepStatisticsCurrent() {
        if (!statistics.onPostgres()) {
            return;
        }
        Map<String, Object> size = jdbc.queryForMap("select (select coalesce(max(id), 0) from assets) as rows,"
                + " (select reltuples from pg_class where oid = 'assets'::regclass) as believed");
        long rows = ((Number) size.get("rows")).longValue();
        double believed = Math.max(0, ((Number) size.get("believed")).doubleValue());
        if (rows > 2 * believed + ROWS_PER_STATEMENT * 10) {
            statistics.refresh("assets"); // another import analysing right now is enough
        }
    }

    /**
     * Which of these tombos are registered, {@value #ROWS_PER_STATEMENT} to a query: a list that short is looked up in
     * the tombo index (with a thousand, PostgreSQL may prefer to scan a table of some ten thousand rows).
     */
    private Set<String> registered(List<String> tombos) {
        Set<String> registered = new HashSet<>();
        for (int from = 0; from < tombos.size(); from += ROWS_PER_STATEMENT) {
            List<String> chunk = tombos.subList(from, Math.min(tombos.size(), from + ROWS_PER_STATEMENT));
            registered.addAll(jdbc.queryForList("select tombo from assets where tombo in (" + marks(chunk) + ")",
                    String.class, chunk.toArray()));
        }
        return registered;
    }

    private Set<String> existingTombos(Collection<AssetForm> forms) {
        return registered(forms.stream().map(AssetImports::normalTombo).filter(t -> !t.isEmpty()).distinct()
                .toList());
    }

    private static String note(String fileName) {
        String note = "importado de " + fileName;
        return note.length() > 2000 ? note.substring(0, 2000) : note;
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
