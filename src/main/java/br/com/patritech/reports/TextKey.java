package br.com.patritech.reports;

/** A cell printed as the translation of {@code key} (a status, a reason) in the reader's language. */
record TextKey(String key) {

    static TextKey of(String prefix, String code) {
        return code == null ? null : new TextKey(prefix + code);
    }
}
