package br.com.patritech.custody;

class CustodyServiceH2Test extends CustodyServiceTests {
}
