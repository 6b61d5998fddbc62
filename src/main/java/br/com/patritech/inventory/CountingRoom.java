package br.com.patritech.inventory;

/** A room where the current user may count in a campaign; {@code label} reads "UNIT - room". */
public record CountingRoom(long id, long unitId, String label) {
}
