package br.com.patritech.transfers;

/** A unit's view of its guides: those coming in (it is the destination) or going out (it is the origin). */
public enum TransferDirection {
    INCOMING, OUTGOING
}
