package br.com.patritech.inventory;

/** OPEN: counting, and the campaign's units frozen; CLOSED: the freeze lifted, the report final. */
public enum CampaignStatus {
    OPEN, CLOSED
}
