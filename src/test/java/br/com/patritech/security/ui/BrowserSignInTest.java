package br.com.patritech.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserSignInTest {

    @Test
    void theSavedAddressBecomesARouteWithoutSpringsContinueMark() {
        assertThat(BrowserSignIn.routeOf("https://patrimonio.example.gov.br/bens?continue", "")).isEqualTo("bens");
        assertThat(BrowserSignIn.routeOf("https://host/bens/12?tab=historico&continue", "")).isEqualTo("bens/12?tab=historico");
        assertThat(BrowserSignIn.routeOf("https://host/app/unidades/3/bens?continue", "/app")).isEqualTo("unidades/3/bens");
    }

    @Test
    void anAddressOutsideTheAppOrTheLoginItselfLeadsToTheDashboard() {
        assertThat(BrowserSignIn.routeOf("https://host//evil.example/x", "")).isEmpty();
        assertThat(BrowserSignIn.routeOf("https://host/other-app/bens", "/app")).isEmpty();
        assertThat(BrowserSignIn.routeOf("https://host/login?error", "")).isEmpty();
        assertThat(BrowserSignIn.routeOf("not a url at all", "")).isEmpty();
    }
}
