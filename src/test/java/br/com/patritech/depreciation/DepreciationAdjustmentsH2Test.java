package br.com.patritech.depreciation;

class DepreciationAdjustmentsH2Test extends DepreciationAdjustmentsTests {
}
