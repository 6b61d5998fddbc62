package br.com.patritech.operations;

import java.time.Instant;

/** One logged error, without personal data: when, the request id, the route (ids removed), the exception's class. */
public record RecentError(Instant at, String requestId, String route, String error) {
}
