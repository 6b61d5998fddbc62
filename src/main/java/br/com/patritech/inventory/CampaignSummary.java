package br.com.patritech.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A campaign as its readers see it, and what the current user may do with it.
 *
 * @param units     "code - name" of each unit counted
 * @param committee the committee members' names
 */
public record CampaignSummary(long id, long version, String name, LocalDate startsOn, LocalDate endsOn,
                              CampaignStatus status, List<Place> units, List<String> committee, Instant closedAt,
                              String closedBy, boolean mayCount, boolean mayClose) {

    public record Place(long id, String label) {
    }

    public boolean open() {
        return status == CampaignStatus.OPEN;
    }
}
