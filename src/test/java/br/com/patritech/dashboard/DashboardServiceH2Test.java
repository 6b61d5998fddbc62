package br.com.patritech.dashboard;

class DashboardServiceH2Test extends DashboardServiceTests {
}
