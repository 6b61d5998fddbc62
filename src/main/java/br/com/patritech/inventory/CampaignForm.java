package br.com.patritech.inventory;

import java.time.LocalDate;
import java.util.Set;

/** What opening a campaign takes: a name, the units to count, the dates, the committee (user ids). */
public record CampaignForm(String name, Set<Long> unitIds, LocalDate startsOn, LocalDate endsOn, Set<Long> committee) {

    public CampaignForm {
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
        committee = committee == null ? Set.of() : Set.copyOf(committee);
    }
}
