package br.com.patritech.reports;

import java.math.BigDecimal;
import java.util.List;

/**
 * One asset (or guide item) as a report prints it: the groups it falls in, outermost first (a null group prints as
 * "no room" / "none"), its cells (text, {@link BigDecimal} money or {@link java.time.LocalDate}), and the value it
 * adds to the totals.
 */
record ReportLine(List<String> groups, List<Object> cells, BigDecimal value) {
}
