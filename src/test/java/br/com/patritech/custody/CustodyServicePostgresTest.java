package br.com.patritech.custody;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class CustodyServicePostgresTest extends CustodyServiceTests {
}
