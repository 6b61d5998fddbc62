package br.com.patritech.assets;

class AssetTotalsH2Test extends AssetTotalsTests {
}
