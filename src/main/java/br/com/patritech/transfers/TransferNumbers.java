package br.com.patritech.transfers;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out guide numbers GT-&lt;year&gt;-&lt;6 digits&gt; from a database sequence: concurrent creations never get the
 * same number, and a number taken by a transaction that rolled back is skipped, never reused.
 */
@Component
class TransferNumbers {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    TransferNumbers(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next() {
        Long n = jdbc.queryForObject("select nextval('transfer_guide_numbers')", Long.class);
        return String.format("GT-%d-%06d", LocalDate.now(clock).getYear(), n);
    }
}
