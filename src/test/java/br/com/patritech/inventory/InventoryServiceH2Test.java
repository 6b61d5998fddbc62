package br.com.patritech.inventory;

class InventoryServiceH2Test extends InventoryServiceTests {
}
