package br.com.patritech.inventory;

class ReconciliationH2Test extends ReconciliationTests {
}
