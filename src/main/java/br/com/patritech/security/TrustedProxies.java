package br.com.patritech.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * X-Forwarded-For/-Proto count only on connections from PATRITECH_TRUSTED_PROXIES (comma-separated IP addresses,
 * default none). Otherwise any client could pick the address the app logs and rate-limits, e.g. a different one
 * per request. Runs after Spring Boot's own Tomcat customizer, whose default trusts every private address.
 */
@Component
class TrustedProxies implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    /** IPv4 dotted quads, or IPv6 (a colon: never a host name, so no DNS lookup happens). */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private final String internalProxies;

    TrustedProxies(@Value("${patritech.trusted-proxies:}") String addresses) {
        this.internalProxies = regex(addresses);
    }

    /** Tomcat's internal-proxies regex for the listed addresses; empty (trust nobody) for none. */
    static String regex(String addresses) {
        Set<String> forms = new LinkedHashSet<>();
        for (String address : Arrays.stream(addresses.split("[,\\s]+")).filter(s -> !s.isEmpty()).toList()) {
            if (!IP_LITERAL.matcher(address).matches()) {
                throw new IllegalArgumentException("PATRITECH_TRUSTED_PROXIES takes IP addresses, not: " + address);
            }
            forms.add(address.toLowerCase(Locale.ROOT));
            forms.add(canonical(address));
        }
        return forms.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** How Tomcat reports the peer address, e.g. ::1 arrives as 0:0:0:0:0:0:0:1. */
    private static String canonical(String literal) {
        try {
            return InetAddress.getByName(literal).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("PATRITECH_TRUSTED_PROXIES: not an IP address: " + literal, e);
        }
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.getEngineValves().stream().filter(RemoteIpValve.class::isInstance).map(RemoteIpValve.class::cast)
                .forEach(valve -> {
                    valve.setInternalProxies(internalProxies);
                    valve.setTrustedProxies(null);
                });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
