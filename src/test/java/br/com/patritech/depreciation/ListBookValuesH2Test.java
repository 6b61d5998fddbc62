package br.com.patritech.depreciation;

class ListBookValuesH2Test extends ListBookValuesTests {
}
