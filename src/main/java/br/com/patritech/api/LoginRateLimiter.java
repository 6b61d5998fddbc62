package br.com.patritech.api;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most N token requests per minute from one client address (fixed one-minute windows, kept in memory).
 * nginx limits too in production; this protects a bare instance and tells the client with a 429.
 */
@Component
class LoginRateLimiter {

    private record Window(long minute, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final int perMinute;
    private final Clock clock;

    LoginRateLimiter(@Value("${patritech.api.token-requests-per-minute:20}") int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /** Counts the request and answers whether it may go on. */
    boolean tryAcquire(String clientAddress) {
        long minute = clock.millis() / 60_000;
        Window window = windows.compute(clientAddress, (key, w) ->
                w == null || w.minute() != minute ? new Window(minute, 1) : new Window(minute, w.count() + 1));
        if (windows.size() > 10_000) {
            windows.entrySet().removeIf(e -> e.getValue().minute() != minute);
        }
        return window.count() <= perMinute;
    }
}
