package br.com.patritech.depreciation;

class DepreciationClosingH2Test extends DepreciationClosingTests {
}
