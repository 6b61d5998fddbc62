package br.com.patritech.assets;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

import br.com.patritech.base.DomainException;

/** A movement veto for tests, as the inventory freeze will be: armed for one asset, it refuses with its message. */
@Component
class SwitchableMovementVeto implements AssetMovementVeto {

    private record Armed(long assetId, String messageKey) {
    }

    private final AtomicReference<Armed> armed = new AtomicReference<>();
    private final AtomicReference<AssetMovement> lastSeen = new AtomicReference<>();

    void arm(long assetId, String messageKey) {
        armed.set(new Armed(assetId, messageKey));
    }

    void disarm() {
        armed.set(null);
    }

    AssetMovement lastSeen() {
        return lastSeen.get();
    }

    @Override
    public void check(AssetMovement movement) {
        lastSeen.set(movement);
        Armed now = armed.get();
        if (now != null && now.assetId() == movement.assetId()) {
            throw DomainException.of(now.messageKey());
        }
    }
}
