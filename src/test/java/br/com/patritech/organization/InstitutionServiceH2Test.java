package br.com.patritech.organization;

class InstitutionServiceH2Test extends InstitutionServiceTests {
}
