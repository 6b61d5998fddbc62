package br.com.patritech.reports;

class DepreciationReportH2Test extends DepreciationReportTests {
}
