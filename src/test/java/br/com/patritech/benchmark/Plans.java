package br.com.patritech.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** The plans (EXPLAIN) of the queries the indexes are for, one line each. */
final class Plans {

    private Plans() {
    }

    static List<String> of(JdbcTemplate jdbc, long unitId) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("Plans (EXPLAIN) of the queries the indexes are for:");
        explain(jdbc, lines, "latest 5", "select id from assets order by created_at desc, id desc limit 5");
        explain(jdbc, lines, "by category asc", "select id from assets order by category_name asc, id asc limit 50");
        explain(jdbc, lines, "by unit desc", "select id from assets order by unit_code desc, id desc limit 50");
        explain(jdbc, lines, "one unit by room, row 5,000", "select id from assets where unit_id = " + unitId
                + " order by room_name asc, id asc offset 5000 limit 50");
        explain(jdbc, lines, "keyset by tombo", "select id from assets where tombo > 'BULK-0500000'"
                + " order by tombo limit 50");
        explain(jdbc, lines, "totals (maintained)", "select sum(asset_count) from asset_totals");
        return lines;
    }

    private static void explain(JdbcTemplate jdbc, List<String> lines, String what, String sql) {
        List<String> plan = jdbc.queryForList("explain " + sql, String.class);
        lines.add(String.format("  %-30s %s", what, plan.stream().limit(3).map(String::strip)
                .map(l -> l.replaceAll("\\s*\\(cost=.*", "")).reduce((a, b) -> a + " > " + b).orElse("")));
    }
}
