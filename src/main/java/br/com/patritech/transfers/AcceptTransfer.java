package br.com.patritech.transfers;

/**
 * The destination's acceptance: optionally the room of the destination unit the assets go to, and the person of the
 * destination unit who becomes responsible for them (custody; a termo de responsabilidade is issued for them).
 */
public record AcceptTransfer(Long roomId, Long personId) {

    public AcceptTransfer(Long roomId) {
        this(roomId, null);
    }
}
