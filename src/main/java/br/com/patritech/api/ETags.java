package br.com.patritech.api;

import java.net.URI;
import java.util.function.LongSupplier;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Versions as strong ETags ("3") and the If-Match check that guards every change, written once for every
 * controller (docs/decisions/0006-api-layer.md): PUT and PATCH require If-Match (428 without it), actions take it
 * when given, and a value that is not a version the resource ever had is stale (412).
 */
final class ETags {

    private ETags() {
    }

    static String of(long version) {
        return "\"" + version + "\"";
    }

    /** 200 with the resource and the ETag of its version. */
    static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.status(HttpStatus.OK).eTag(of(version)).body(body);
    }

    /** 201 with Location, the new resource and its ETag. */
    static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(of(version)).body(body);
    }

    /** The version the caller last saw; a change without If-Match is refused (428). */
    static long required(String ifMatch, Class<?> type, Object id) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        return parse(ifMatch, type, id);
    }

    /** For actions: the If-Match version when given, else the current one. */
    static long orCurrent(String ifMatch, LongSupplier current, Class<?> type, Object id) {
        return ifMatch == null || ifMatch.isBlank() ? current.getAsLong() : parse(ifMatch, type, id);
    }

    private static long parse(String ifMatch, Class<?> type, Object id) {
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }
}
