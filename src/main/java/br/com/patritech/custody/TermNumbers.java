package br.com.patritech.custody;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Term numbers ({@code TR-2026-000042}, {@code TD-2026-000007}) and verification codes. A number comes from the
 * series' counter row, locked until the issuing transaction ends, so two simultaneous issues wait for each other
 * and never get the same number. The counter moves in the issuing transaction: a committed number is never handed
 * out again; the number of an issue that rolled back was never committed (no term, history or notification showed
 * it) and goes to the next issue, so the series has no gaps.
 */
@Component
class TermNumbers {

    /** No 0/O, 1/I/L: a code read off paper is typed right. 31^10 ≈ 8·10^14 codes per term. */
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int CODE_LENGTH = 10;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate separately;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TermNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(TermKind kind) {
        String series = (kind == TermKind.RESPONSABILIDADE ? "TR-" : "TD-") + LocalDate.now(clock).getYear();
        ensureCounter(series);
        long value = jdbc.queryForObject("select next_value from custody_term_counters where series = ? for update",
                Long.class, series);
        jdbc.update("update custody_term_counters set next_value = ? where series = ?", value + 1, series);
        return series + "-" + String.format("%06d", value);
    }

    String verificationCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The first issue of a series creates its row in its own transaction; a simultaneous creator loses harmlessly. */
    private void ensureCounter(String series) {
        Integer found = jdbc.queryForObject("select count(*) from custody_term_counters where series = ?", Integer.class,
                series);
        if (found != null && found > 0) {
            return;
        }
        try {
            separately.executeWithoutResult(s -> jdbc.update(
                    "insert into custody_term_counters (series, next_value) values (?, 1)", series));
        } catch (org.springframework.dao.DataIntegrityViolationException alreadyCreated) {
            // another issue created it first: fine
        }
    }
}
