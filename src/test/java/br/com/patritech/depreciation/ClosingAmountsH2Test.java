package br.com.patritech.depreciation;

class ClosingAmountsH2Test extends ClosingAmountsTests {
}
