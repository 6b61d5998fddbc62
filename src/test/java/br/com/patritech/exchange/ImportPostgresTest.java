package br.com.patritech.exchange;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class ImportPostgresTest extends ImportTests {
}
