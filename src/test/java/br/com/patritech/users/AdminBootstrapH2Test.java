package br.com.patritech.users;

class AdminBootstrapH2Test extends AdminBootstrapTests {
}
