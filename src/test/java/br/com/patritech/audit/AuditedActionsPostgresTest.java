package br.com.patritech.audit;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class AuditedActionsPostgresTest extends AuditedActionsTests {
}
