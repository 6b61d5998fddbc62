package br.com.patritech.inventory;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class InventoryServicePostgresTest extends InventoryServiceTests {
}
