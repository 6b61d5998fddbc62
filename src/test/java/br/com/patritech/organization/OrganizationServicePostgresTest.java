package br.com.patritech.organization;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class OrganizationServicePostgresTest extends OrganizationServiceTests {
}
