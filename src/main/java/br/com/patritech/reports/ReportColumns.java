package br.com.patritech.reports;

import java.util.List;

/**
 * Each report's columns (translation keys under {@code report.col.}), their relative widths on A4 portrait and
 * which are right-aligned (money), and what its groups are called ({@code report.group.}).
 */
record ReportColumns(List<String> keys, float[] widths, boolean[] rightAligned, List<String> groupKeys) {

    static ReportColumns of(ReportKind kind) {
        return switch (kind) {
            case PATRIMONIAL -> new ReportColumns(List.of("tombo", "name", "category", "status", "value"),
                    new float[] {2.2f, 5, 2.6f, 1.8f, 2.2f}, right(5), List.of("unit", "room"));
            case BY_CATEGORY -> new ReportColumns(List.of("tombo", "name", "unit", "room", "value"),
                    new float[] {2.2f, 5, 1.8f, 2.6f, 2.2f}, right(5), List.of("category"));
            case BY_CUSTODIAN -> new ReportColumns(List.of("tombo", "name", "unit", "room", "value"),
                    new float[] {2.2f, 5, 1.8f, 2.6f, 2.2f}, right(5), List.of("custodian"));
            case WRITE_OFFS -> new ReportColumns(List.of("date", "tombo", "name", "unit", "reason", "process", "value"),
                    new float[] {1.8f, 2.2f, 4, 1.6f, 2.4f, 1.8f, 2.2f}, right(7), List.of());
            case TRANSFERS -> new ReportColumns(List.of("date", "guide", "tombo", "name", "route", "guide-status",
                    "value"), new float[] {1.8f, 2.2f, 2.2f, 4, 2.8f, 1.6f, 2.2f}, right(7), List.of("guide"));
            case ACQUISITIONS -> new ReportColumns(List.of("date", "tombo", "name", "unit", "supplier", "invoice",
                    "status", "value"), new float[] {1.8f, 2.2f, 3.6f, 1.6f, 2.6f, 1.6f, 1.6f, 2.2f}, right(8),
                    List.of());
            case DEPRECIATION, FISCAL_DEPRECIATION -> new ReportColumns(List.of("tombo", "name", "months",
                    "depreciation"), new float[] {2.2f, 6, 1.2f, 2.6f}, new boolean[] {false, false, true, true},
                    List.of("unit", "category"));
        };
    }

    /** Only the last column (the value) is right-aligned. */
    private static boolean[] right(int columns) {
        boolean[] flags = new boolean[columns];
        flags[columns - 1] = true;
        return flags;
    }
}
