package br.com.patritech.reports;

import br.com.patritech.support.OnPostgres;

@OnPostgres
class DepreciationReportPostgresTest extends DepreciationReportTests {
}
