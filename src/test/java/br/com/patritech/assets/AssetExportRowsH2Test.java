package br.com.patritech.assets;

class AssetExportRowsH2Test extends AssetExportRowsTests {
}
