package br.com.patritech.twofactor;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class TwoFactorServicePostgresTest extends TwoFactorServiceTests {
}
