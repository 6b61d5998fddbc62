package br.com.patritech.operations;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A path without what could identify a person or a record: segments that look like ids, CPFs or e-mails become {id}, no query. */
final class Routes {

    private static final int LONGEST_SEGMENT = 40;
    /** A number, three digits in a row (ids, CPFs, tombos), an e-mail or an escape; "v1" stays. */
    private static final String IDENTIFYING = "\\d+|.*\\d{3,}.*|.*[@%].*";

    private Routes() {
    }

    static String of(String method, String path) {
        return (method == null ? "" : method + " ") + template(path);
    }

    static String template(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        String withoutQuery = path.split("[?;#]", 2)[0];
        String joined = Arrays.stream(withoutQuery.split("/", -1))
                .map(s -> s.matches(IDENTIFYING) || s.length() > LONGEST_SEGMENT ? "{id}" : s)
                .collect(Collectors.joining("/"));
        return joined.startsWith("/") ? joined : "/" + joined;
    }
}
