package br.com.patritech.inventory;

import java.time.Instant;

/** Something found without a label or unknown to the system, noted for registration later. */
public record UnknownItem(long id, String unitCode, String roomName, String description, String notedBy,
                          Instant notedAt) {
}
