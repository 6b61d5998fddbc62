package br.com.patritech.base;

import org.slf4j.MDC;

/**
 * The id that ties one request's log lines, access-log line and error answer together: in the MDC under
 * {@link #MDC_KEY} while the request runs, and in the {@link #HEADER} response header.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private RequestId() {
    }

    /** The running request's id, or null outside a request. */
    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
