package br.com.patritech.reports;

import java.time.LocalDate;

/**
 * Which report, of which unit ({@code null}: every unit the reader sees) and, for a periodic report, which days
 * ({@code from} and {@code to} inclusive; ignored by the others).
 */
public record ReportRequest(ReportKind kind, Long unitId, LocalDate from, LocalDate to) {

    public static ReportRequest of(ReportKind kind, Long unitId) {
        return new ReportRequest(kind, unitId, null, null);
    }
}
