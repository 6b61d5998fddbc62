package br.com.patritech.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import br.com.patritech.security.UnitScope;

/**
 * The SQL of one filter within one scope, newest first: each condition is one the indexes of V13/V13_1 serve, and
 * the scope (a GESTOR's units) is part of the query, never applied to rows already read.
 */
final class AuditQuery {

    private static final String SELECT = """
            select e.id, e.occurred_at, e.action, e.actor_login, e.actor_name, e.subject, e.unit_id, u.code as unit_code,
                e.detail, e.client_address
            from audit_entries e left join units u on u.id = e.unit_id""";
    private static final String ORDER = " order by e.occurred_at desc, e.id desc";

    private final String where;
    private final Map<String, Object> params = new LinkedHashMap<>();

    AuditQuery(AuditFilter filter, UnitScope scope) {
        List<String> conditions = new ArrayList<>();
        if (!scope.isAll()) {
            conditions.add("e.unit_id in (:scope)");
            params.put("scope", scope.sqlIds());
        }
        if (filter.who() != null && !filter.who().isBlank()) {
            conditions.add("(e.actor_login like :who escape '\\' or lower(e.actor_name) like :who escape '\\')");
            params.put("who", likePrefix(filter.who()));
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            conditions.add("e.action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        if (filter.unitId() != null) {
            conditions.add("e.unit_id = :unitId");
            params.put("unitId", filter.unitId());
        }
        where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** One page, newest first. */
    String page(int offset, int limit) {
        params.put("offset", Math.max(offset, 0));
        params.put("limit", Math.max(limit, 1));
        return SELECT + where + ORDER + " limit :limit offset :offset";
    }

    /** Every entry, newest first, for a streaming export. */
    String all() {
        return SELECT + where + ORDER;
    }

    Map<String, Object> params() {
        return params;
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("action"), rs.getString("actor_login"), rs.getString("actor_name"), rs.getString("subject"),
                rs.getObject("unit_id", Long.class), rs.getString("unit_code"), rs.getString("detail"),
                rs.getString("client_address"));
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(ZoneId.systemDefault()).toOffsetDateTime();
    }

    /** "Ana" matches logins and names starting with "ana"; % and _ typed are taken literally. */
    private static String likePrefix(String typed) {
        return typed.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
