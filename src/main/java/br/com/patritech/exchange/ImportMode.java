package br.com.patritech.exchange;

/** What an import does with a file that has bad rows: refuse it whole, or take the good rows and give back the rest. */
public enum ImportMode {
    ALL_OR_NOTHING, VALID_ONLY
}
