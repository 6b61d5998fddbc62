package br.com.patritech.audit;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class AuditTrailReadingPostgresTest extends AuditTrailReadingTests {

    @Test
    void theTrailIsKeptForeverEvenAgainstDirectSql() {
        jdbc.update("insert into audit_entries (occurred_at, action, subject) values (now(), 'TEST_GUARD', 'guardado')");

        assertThatThrownBy(() -> rewrite("update audit_entries set subject = 'apagado' where action = 'TEST_GUARD'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> rewrite("delete from audit_entries where action = 'TEST_GUARD'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> rewrite("truncate audit_entries"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }
}
