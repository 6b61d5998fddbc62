package br.com.patritech.organization;

class OrganizationServiceH2Test extends OrganizationServiceTests {
}
