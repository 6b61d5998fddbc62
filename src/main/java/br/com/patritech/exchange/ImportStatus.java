package br.com.patritech.exchange;

/**
 * Where an import job is: waiting, checking and writing its rows, finished, or stopped by a fault. VALIDATING (a first
 * pass of "all or nothing" that only checked) is no longer set since that mode runs in one pass; jobs recorded with it
 * still read.
 */
public enum ImportStatus {
    QUEUED, VALIDATING, IMPORTING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
