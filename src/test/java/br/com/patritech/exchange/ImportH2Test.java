package br.com.patritech.exchange;

class ImportH2Test extends ImportTests {
}
