package br.com.patritech.operations;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/newversion}, for deployment/deploy.sh on this machine only (ActuatorSecurityConfig: everything
 * but health and info is local-only; nginx answers 404 for /actuator). {@code POST {"stopsInSeconds": 300}}
 * announces that a new release serves new browsers and this instance stops in that many seconds; the answer says how
 * many open browser tabs were told. {@code GET} shows the announcement, {@code DELETE} withdraws it.
 */
@Component
@Endpoint(id = "newversion")
class NewVersionEndpoint {

    private final NewVersion newVersion;

    NewVersionEndpoint(NewVersion newVersion) {
        this.newVersion = newVersion;
    }

    @ReadOperation
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("announced", newVersion.stopsAt().isPresent());
        newVersion.stopsAt().ifPresent(at -> state.put("stopsAt", at.toString()));
        return state;
    }

    @WriteOperation
    public Map<String, Object> announce(long stopsInSeconds) {
        int told = newVersion.announce(Duration.ofSeconds(Math.max(0, stopsInSeconds)));
        Map<String, Object> state = state();
        state.put("browserTabsTold", told);
        return state;
    }

    @DeleteOperation
    public Map<String, Object> withdraw() {
        newVersion.withdraw();
        return state();
    }
}
