package br.com.patritech.transfers;

/**
 * The destination's acceptance: optionally the room of the destination unit the assets go to. A record so that
 * acceptance can grow (e.g. the new responsible person) without changing every caller.
 */
public record AcceptTransfer(Long roomId) {
}
