package br.com.patritech.depreciation;

import java.time.YearMonth;

/**
 * Where a closing started by someone stands: waiting for the lock, writing unit {@code done} of {@code total}, closed,
 * or refused with a translation key ({@code refusal}) the screen shows.
 */
public record ClosingProgress(YearMonth month, State state, int done, int total, String refusal) {

    public enum State { RUNNING, CLOSED, REFUSED }

    static ClosingProgress started(YearMonth month) {
        return new ClosingProgress(month, State.RUNNING, 0, 0, null);
    }

    ClosingProgress closed() {
        return new ClosingProgress(month, State.CLOSED, total, total, null);
    }

    ClosingProgress refused(String messageKey) {
        return new ClosingProgress(month, State.REFUSED, done, total, messageKey);
    }

    public boolean finished() {
        return state != State.RUNNING;
    }
}
