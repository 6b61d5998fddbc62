package br.com.patritech.assets;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class AssetExportRowsPostgresTest extends AssetExportRowsTests {
}
