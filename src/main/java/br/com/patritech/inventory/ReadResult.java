package br.com.patritech.inventory;

/**
 * What a read found, as the counter is told at once. FOUND: expected in this room; MISPLACED: expected by the
 * campaign elsewhere (another room or another of its units); OTHER_UNIT: belongs to a unit the campaign does not count;
 * WRITTEN_OFF: the tombo is of a written-off asset; UNKNOWN: no asset has this tombo (or the counter cannot see it).
 */
public enum ReadResult {
    FOUND, MISPLACED, OTHER_UNIT, WRITTEN_OFF, UNKNOWN
}
