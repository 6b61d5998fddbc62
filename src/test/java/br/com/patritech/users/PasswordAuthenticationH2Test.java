package br.com.patritech.users;

class PasswordAuthenticationH2Test extends PasswordAuthenticationTests {
}
