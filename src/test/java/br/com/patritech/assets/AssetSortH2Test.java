package br.com.patritech.assets;

class AssetSortH2Test extends AssetSortTests {
}
