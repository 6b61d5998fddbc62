package br.com.patritech.depreciation;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class ListBookValuesPostgresTest extends ListBookValuesTests {
}
