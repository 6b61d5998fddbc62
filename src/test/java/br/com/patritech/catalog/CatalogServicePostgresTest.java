package br.com.patritech.catalog;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class CatalogServicePostgresTest extends CatalogServiceTests {
}
