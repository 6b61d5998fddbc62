package br.com.patritech.reports;

class ReportServiceH2Test extends ReportServiceTests {
}
