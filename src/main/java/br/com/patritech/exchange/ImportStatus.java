package br.com.patritech.exchange;

/** Where an import job is: waiting, checking every row (all or nothing), writing, finished, or stopped by a fault. */
public enum ImportStatus {
    QUEUED, VALIDATING, IMPORTING, DONE, FAILED;

    public boolean finished() {
        return this == DONE || this == FAILED;
    }
}
