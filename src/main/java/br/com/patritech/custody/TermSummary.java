package br.com.patritech.custody;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A term as lists and the API show it. {@code current}: a termo de responsabilidade still covers at least one asset
 * (no return, reassignment or transfer has ended all of them); a termo de devolução is never "current".
 */
public record TermSummary(long id, long version, String number, TermKind kind, long unitId, String unitLabel,
                          long personId, String personName, Instant issuedAt, String issuedBy, int itemCount,
                          BigDecimal total, TermAcceptance acceptance, Instant acceptedAt, String acceptedBy,
                          boolean current) {

    /** A termo de responsabilidade nobody has accepted or signed yet. */
    public boolean pending() {
        return kind == TermKind.RESPONSABILIDADE && acceptance == null;
    }
}
