package br.com.patritech.inventory;

import java.util.Set;

/** An inventory campaign opened; its committee members have counting to do (notifications tell them). */
public record CampaignOpened(long campaignId, String name, Set<Long> committeeUserIds) {

    public CampaignOpened {
        committeeUserIds = Set.copyOf(committeeUserIds);
    }
}
