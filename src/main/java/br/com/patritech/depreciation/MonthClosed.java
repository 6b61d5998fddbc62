package br.com.patritech.depreciation;

import java.time.YearMonth;

/** A month's depreciation closing committed (scheduled or started from the screen); notifications announce it. */
public record MonthClosed(YearMonth month) {
}
