package br.com.patritech.users;

class UserServiceH2Test extends UserServiceTests {
}
