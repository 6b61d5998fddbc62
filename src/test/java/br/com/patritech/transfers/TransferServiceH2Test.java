package br.com.patritech.transfers;

class TransferServiceH2Test extends TransferServiceTests {
}
