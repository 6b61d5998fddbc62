package br.com.patritech.twofactor;

class TwoFactorServiceH2Test extends TwoFactorServiceTests {
}
