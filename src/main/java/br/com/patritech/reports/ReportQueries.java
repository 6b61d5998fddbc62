package br.com.patritech.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import br.com.patritech.security.UnitScope;

/**
 * Each report's rows as one SQL query, in the order its groups need, read with a JDBC fetch size so that the
 * database hands them over a few hundred at a time (PostgreSQL streams only inside a transaction: the caller holds
 * one). Active value: every asset not written off (ATIVO, EM_MANUTENCAO, EM_TRANSITO), as the list and dashboard.
 */
@Component
class ReportQueries {

    static final int FETCH_SIZE = 500;
    private static final String ASSET_COLUMNS = "select a.tombo, a.name, a.category_name, a.unit_code, a.room_name,"
            + " a.status, a.acquisition_value, a.acquisition_date, a.supplier, a.invoice_number, a.write_off_date,"
            + " a.write_off_reason, a.write_off_process, u.name as unit_name";

    private final NamedParameterJdbcTemplate jdbc;

    ReportQueries(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.jdbc = new NamedParameterJdbcTemplate(template);
    }

    long count(ReportRequest request, UnitScope scope) {
        Query query = query(request, scope);
        String sql = query.from().contains(" group by ") ? "select count(*) from (select 1 as one" + query.from() + ") t"
                : "select count(*)" + query.from();
        Long count = jdbc.queryForObject(sql, query.params(), Long.class);
        return count == null ? 0 : count;
    }

    void forEach(ReportRequest request, UnitScope scope, Consumer<ReportLine> sink) {
        Query query = query(request, scope);
        jdbc.query(query.select() + query.from() + query.orderBy(), query.params(),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> sink.accept(line(request.kind(), rs)));
    }

    private record Query(String select, String from, String orderBy, Map<String, Object> params) {
    }

    private static Query query(ReportRequest request, UnitScope scope) {
        Map<String, Object> params = new HashMap<>();
        List<String> where = new ArrayList<>();
        if (request.kind() == ReportKind.TRANSFERS) {
            return transfers(request, scope, params, where);
        }
        if (request.kind() == ReportKind.DEPRECIATION || request.kind() == ReportKind.FISCAL_DEPRECIATION) {
            return depreciation(request, scope, params, where);
        }
        if (!scope.isAll()) {
            where.add("a.unit_id in (:scope)");
            params.put("scope", scope.sqlIds());
        }
        if (request.unitId() != null) {
            where.add("a.unit_id = :unit");
            params.put("unit", request.unitId());
        }
        String from = " from assets a join units u on u.id = a.unit_id";
        String order;
        switch (request.kind()) {
            case PATRIMONIAL, BY_CATEGORY -> {
                where.add("a.status <> 'BAIXADO'");
                order = request.kind() == ReportKind.PATRIMONIAL ? " order by a.unit_code, a.room_name, a.id"
                        : " order by a.category_name, a.id";
            }
            case BY_CUSTODIAN -> {
                where.add("a.status <> 'BAIXADO'");
                from += " join custody_people p on p.id = a.custodian_id";
                order = " order by p.name, p.id, a.id";
            }
            case WRITE_OFFS -> {
                where.add("a.status = 'BAIXADO' and a.write_off_date between :from and :to");
                order = " order by a.write_off_date, a.id";
            }
            default -> {
                where.add("a.acquisition_date between :from and :to");
                order = " order by a.acquisition_date, a.id";
            }
        }
        period(request, params);
        String select = ASSET_COLUMNS + (request.kind() == ReportKind.BY_CUSTODIAN
                ? ", p.name as person_name, p.registration as person_registration" : "");
        return new Query(select, from + (where.isEmpty() ? "" : " where " + String.join(" and ", where)), order, params);
    }

    private static Query transfers(ReportRequest request, UnitScope scope, Map<String, Object> params,
                                   List<String> where) {
        if (!scope.isAll()) {
            where.add("(g.origin_unit_id in (:scope) or g.destination_unit_id in (:scope))");
            params.put("scope", scope.sqlIds());
        }
        if (request.unitId() != null) {
            where.add("(g.origin_unit_id = :unit or g.destination_unit_id = :unit)");
            params.put("unit", request.unitId());
        }
        where.add("g.created_at >= :fromInstant and g.created_at < :toInstant");
        ZoneId zone = ZoneId.systemDefault();
        params.put("fromInstant", Timestamp.from(request.from().atStartOfDay(zone).toInstant()));
        params.put("toInstant", Timestamp.from(request.to().plusDays(1).atStartOfDay(zone).toInstant()));
        return new Query("select g.number, g.created_at, g.status, o.code as origin_code, d.code as destination_code,"
                + " i.tombo, i.name, i.asset_value",
                " from transfer_guides g join transfer_guide_items i on i.guide_id = g.id"
                        + " join units o on o.id = g.origin_unit_id join units d on d.id = g.destination_unit_id"
                        + " where " + String.join(" and ", where),
                " order by g.created_at, g.id, i.position", params);
    }

    /**
     * One row per asset, unit and category of the ledger's closed months in the period (an asset moved in the period
     * counts each month where the closing found it), summed from the ledger, so subtotals and total are the ledger's
     * to the cent. Scoped by the unit of each ledger row.
     */
    private static Query depreciation(ReportRequest request, UnitScope scope, Map<String, Object> params,
                                      List<String> where) {
        boolean fiscal = request.kind() == ReportKind.FISCAL_DEPRECIATION;
        if (!scope.isAll()) {
            where.add("e.unit_id in (:scope)");
            params.put("scope", scope.sqlIds());
        }
        if (request.unitId() != null) {
            where.add("e.unit_id = :unit");
            params.put("unit", request.unitId());
        }
        where.add("e.month_start between :fromMonth and :toMonth");
        params.put("fromMonth", request.from().withDayOfMonth(1));
        params.put("toMonth", request.to().withDayOfMonth(1));
        if (fiscal) {
            where.add("e.fiscal_amount is not null");
        }
        return new Query("select u.code as unit_code, u.name as unit_name, c.name as category_name, a.tombo, a.name,"
                + " count(*) as months, sum(" + (fiscal ? "e.fiscal_amount" : "e.amount") + ") as amount",
                " from depreciation_entries e"
                        + " join depreciation_closings k on k.id = e.closing_id and k.status = 'CLOSED'"
                        + " join assets a on a.id = e.asset_id left join units u on u.id = e.unit_id"
                        + " left join categories c on c.id = e.category_id where " + String.join(" and ", where)
                        + " group by e.unit_id, u.code, u.name, e.category_id, c.name, a.id, a.tombo, a.name",
                " order by u.code, e.unit_id, c.name, e.category_id, a.tombo, a.id", params);
    }

    private static void period(ReportRequest request, Map<String, Object> params) {
        if (request.kind().periodic()) {
            params.put("from", request.from());
            params.put("to", request.to());
        }
    }

    private static ReportLine line(ReportKind kind, ResultSet rs) throws SQLException {
        if (kind == ReportKind.TRANSFERS) {
            BigDecimal value = rs.getBigDecimal("asset_value");
            String guide = rs.getString("number") + " · " + rs.getString("origin_code") + " → "
                    + rs.getString("destination_code");
            LocalDate sent = rs.getTimestamp("created_at").toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
            return new ReportLine(List.of(guide), cells(sent, rs.getString("number"), rs.getString("tombo"),
                    rs.getString("name"), rs.getString("origin_code") + " → " + rs.getString("destination_code"),
                    TextKey.of("enum.TransferStatus.", rs.getString("status")), value), value);
        }
        if (kind == ReportKind.DEPRECIATION || kind == ReportKind.FISCAL_DEPRECIATION) {
            BigDecimal amount = rs.getBigDecimal("amount");
            String unit = rs.getString("unit_code") == null ? null
                    : rs.getString("unit_code") + " — " + rs.getString("unit_name");
            return new ReportLine(groups(unit, rs.getString("category_name")), cells(rs.getString("tombo"),
                    rs.getString("name"), rs.getLong("months"), amount), amount);
        }
        BigDecimal value = rs.getBigDecimal("acquisition_value");
        String tombo = rs.getString("tombo");
        String name = rs.getString("name");
        String unit = rs.getString("unit_code") + " — " + rs.getString("unit_name");
        String room = rs.getString("room_name");
        TextKey status = TextKey.of("enum.AssetStatus.", rs.getString("status"));
        return switch (kind) {
            case PATRIMONIAL -> new ReportLine(groups(unit, room),
                    cells(tombo, name, rs.getString("category_name"), status, value), value);
            case BY_CATEGORY -> new ReportLine(groups(rs.getString("category_name")),
                    cells(tombo, name, rs.getString("unit_code"), room, value), value);
            case BY_CUSTODIAN -> new ReportLine(groups(person(rs)),
                    cells(tombo, name, rs.getString("unit_code"), room, value), value);
            case WRITE_OFFS -> new ReportLine(List.of(), cells(date(rs, "write_off_date"), tombo, name,
                    rs.getString("unit_code"), TextKey.of("enum.WriteOffReason.", rs.getString("write_off_reason")),
                    rs.getString("write_off_process"), value), value);
            default -> new ReportLine(List.of(), cells(date(rs, "acquisition_date"), tombo, name,
                    rs.getString("unit_code"), rs.getString("supplier"), rs.getString("invoice_number"), status, value),
                    value);
        };
    }

    private static String person(ResultSet rs) throws SQLException {
        String registration = rs.getString("person_registration");
        return rs.getString("person_name") + (registration == null ? "" : " (" + registration + ")");
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static List<String> groups(String... labels) {
        return java.util.Arrays.asList(labels); // a room may be null
    }

    private static List<Object> cells(Object... values) {
        return java.util.Arrays.asList(values);
    }
}
