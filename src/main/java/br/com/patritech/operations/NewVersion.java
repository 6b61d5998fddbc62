package br.com.patritech.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

/**
 * "A new version is ready": after a deploy this instance runs the old release and drains (deployment/deploy.sh keeps
 * the browsers whose route cookie names it here until their sessions end or the drain limit). Shortly before that
 * limit deploy.sh announces it through the local-only actuator endpoint {@code POST /actuator/newversion}; the
 * screens ({@code operations.ui}) listen and tell every signed-in user to switch while their work is saved.
 */
@Component
public class NewVersion {

    private final Clock clock;
    private final List<ToIntFunction<Instant>> listeners = new CopyOnWriteArrayList<>();
    private volatile Instant stopsAt;

    NewVersion(Clock clock) {
        this.clock = clock;
    }

    /** When this instance stops serving its users (empty until a deploy announced a new version). */
    public Optional<Instant> stopsAt() {
        return Optional.ofNullable(stopsAt);
    }

    /** A listener gets the stop time and answers how many browser tabs it told. */
    public void addListener(ToIntFunction<Instant> listener) {
        listeners.add(listener);
    }

    /** Records the announcement and tells the listeners; returns the number of browser tabs told. */
    public int announce(Duration stopsIn) {
        if (stopsIn.isNegative()) {
            throw new IllegalArgumentException("stopsIn must not be negative");
        }
        Instant at = clock.instant().plus(stopsIn);
        stopsAt = at;
        return listeners.stream().mapToInt(listener -> listener.applyAsInt(at)).sum();
    }

    /** Takes the announcement back (announced to the wrong instance): screens opened from now on show nothing. */
    public void withdraw() {
        stopsAt = null;
    }
}
