package br.com.patritech.dashboard;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class DashboardServicePostgresTest extends DashboardServiceTests {
}
