package br.com.patritech.transfers;

/**
 * A transfer guide was sent and waits for the destination to accept or refuse it (published inside the sending
 * transaction; notifications tell the people who may accept).
 */
public record GuideSent(long guideId, String number, long originUnitId, long destinationUnitId, long senderId) {
}
