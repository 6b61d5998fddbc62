package br.com.patritech.assets;

class AssetServiceH2Test extends AssetServiceTests {
}
