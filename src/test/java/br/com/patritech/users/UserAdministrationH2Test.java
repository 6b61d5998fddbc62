package br.com.patritech.users;

class UserAdministrationH2Test extends UserAdministrationTests {
}
