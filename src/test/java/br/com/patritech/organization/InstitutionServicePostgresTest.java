package br.com.patritech.organization;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class InstitutionServicePostgresTest extends InstitutionServiceTests {
}
