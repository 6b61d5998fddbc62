package br.com.patritech.assets;

class AssetRulesH2Test extends AssetRulesTests {
}
