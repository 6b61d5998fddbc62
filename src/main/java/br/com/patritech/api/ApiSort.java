package br.com.patritech.api;

import java.util.regex.Pattern;

import br.com.patritech.base.DomainException;

/** The shape of a sort parameter ({@code field} or {@code field,asc|desc}), checked before the keys are read. */
final class ApiSort {

    private static final Pattern SYNTAX = Pattern.compile("[A-Za-z]+(,(?i:asc|desc))?");

    private ApiSort() {
    }

    static void checkSyntax(String[] values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            if (!SYNTAX.matcher(value).matches()) {
                throw new DomainException("api.sort.malformed", "sort");
            }
        }
    }
}
