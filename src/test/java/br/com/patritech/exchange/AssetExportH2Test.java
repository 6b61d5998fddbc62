package br.com.patritech.exchange;

class AssetExportH2Test extends AssetExportTests {
}
