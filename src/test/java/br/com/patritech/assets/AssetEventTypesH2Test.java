package br.com.patritech.assets;

class AssetEventTypesH2Test extends AssetEventTypesTests {
}
