package br.com.patritech.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** PATRITECH_TRUSTED_PROXIES as ops write it, and the peer addresses as Tomcat reports them. */
class TrustedProxiesTest {

    @Test
    void noSettingTrustsNobody() {
        assertThat(TrustedProxies.regex("")).isEmpty();
        assertThat(TrustedProxies.regex(" , ")).isEmpty();
    }

    @Test
    void loopbackMatchesBothWaysTomcatWritesIt() {
        Pattern trusted = Pattern.compile(TrustedProxies.regex("127.0.0.1, ::1"));
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(trusted.matcher("::1").matches()).isTrue();
        assertThat(trusted.matcher("127.0.0.10").matches()).isFalse();
        assertThat(trusted.matcher("127a0a0a1").matches()).isFalse();
        assertThat(trusted.matcher("10.0.0.1").matches()).isFalse();
    }

    @Test
    void hostNamesAndRangesAreRefusedAtStartRatherThanSilentlyIgnored() {
        assertThatThrownBy(() -> TrustedProxies.regex("nginx.local")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PATRITECH_TRUSTED_PROXIES");
        assertThatThrownBy(() -> TrustedProxies.regex("10.0.0.0/8")).isInstanceOf(IllegalArgumentException.class);
    }
}
