package br.com.patritech.users;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class AdminBootstrapPostgresTest extends AdminBootstrapTests {
}
