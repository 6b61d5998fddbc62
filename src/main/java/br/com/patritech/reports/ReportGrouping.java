package br.com.patritech.reports;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Turns the ordered rows into groups with subtotals: when a row's group differs from the previous row's at some
 * level, the groups from that level inward close (subtotal) and the new ones open (caption). Holds one counter per
 * level, never the rows.
 */
final class ReportGrouping {

    /** What a report added up: the rows and the sum of their values. */
    record Totals(long count, BigDecimal value) {
    }

    private final ReportWriter writer;
    private final String noGroup;
    private final List<String> open = new ArrayList<>();
    private final List<long[]> counts = new ArrayList<>();
    private final List<BigDecimal[]> values = new ArrayList<>();
    private long count;
    private BigDecimal value = BigDecimal.ZERO;

    ReportGrouping(ReportWriter writer, String noGroup) {
        this.writer = writer;
        this.noGroup = noGroup;
    }

    void add(ReportLine line) throws IOException {
        List<String> groups = line.groups();
        int changed = 0;
        while (changed < open.size() && Objects.equals(open.get(changed), groups.get(changed))) {
            changed++;
        }
        closeFrom(changed);
        for (int level = changed; level < groups.size(); level++) {
            open.add(groups.get(level));
            counts.add(new long[1]);
            values.add(new BigDecimal[] {BigDecimal.ZERO});
            writer.groupStart(level, caption(groups.get(level)));
        }
        writer.row(groups, line.cells());
        for (int level = 0; level < open.size(); level++) {
            counts.get(level)[0]++;
            values.get(level)[0] = values.get(level)[0].add(line.value());
        }
        count++;
        value = value.add(line.value());
    }

    Totals finish() throws IOException {
        closeFrom(0);
        writer.total(count, value);
        return new Totals(count, value);
    }

    private void closeFrom(int level) throws IOException {
        for (int i = open.size() - 1; i >= level; i--) {
            writer.subtotal(i, caption(open.get(i)), counts.get(i)[0], values.get(i)[0]);
            open.remove(i);
            counts.remove(i);
            values.remove(i);
        }
    }

    private String caption(String group) {
        return group == null ? noGroup : group;
    }
}
