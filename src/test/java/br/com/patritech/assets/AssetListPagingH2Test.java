package br.com.patritech.assets;

class AssetListPagingH2Test extends AssetListPagingTests {
}
