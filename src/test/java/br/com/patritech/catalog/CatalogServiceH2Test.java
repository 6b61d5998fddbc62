package br.com.patritech.catalog;

class CatalogServiceH2Test extends CatalogServiceTests {
}
