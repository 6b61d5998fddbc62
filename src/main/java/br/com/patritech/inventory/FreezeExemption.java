package br.com.patritech.inventory;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * A campaign's own reconciliation moves assets its freeze holds still: while {@link ReconciliationService} runs one
 * action for a campaign, on this thread, the freeze lets that campaign's movements through (and only that campaign's:
 * a unit counted by another open campaign stays frozen).
 */
@Component
class FreezeExemption {

    private final ThreadLocal<Long> reconciling = new ThreadLocal<>();

    <T> T during(long campaignId, Supplier<T> action) {
        Long previous = reconciling.get();
        reconciling.set(campaignId);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                reconciling.remove();
            } else {
                reconciling.set(previous);
            }
        }
    }

    boolean exempts(long campaignId) {
        Long current = reconciling.get();
        return current != null && current == campaignId;
    }
}
