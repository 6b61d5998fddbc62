package br.com.patritech.depreciation;

class FiscalClosingH2Test extends FiscalClosingTests {
}
