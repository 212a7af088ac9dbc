package org.supervision.gateway;

import java.util.List;
import java.util.Locale;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;

/**
 * Tells a service where the client called: {@code X-Forwarded-Proto}, {@code -Host}, {@code -Port} and
 * {@code -For}, taken from this connection and replacing whatever the client sent; every other forwarding
 * header a client sent ({@code Forwarded}, {@code X-Forwarded-Prefix}, {@code -Ssl}, {@code -Server}...) is
 * dropped. The services believe these headers from the gateway's address only
 * ({@code quarkus.http.proxy.trusted-proxies}), so the Locations they answer name the gateway, and a client
 * cannot make them name another host.
 */
final class ForwardedHeaders {

    static final String PROTO = "X-Forwarded-Proto";
    static final String HOST = "X-Forwarded-Host";
    static final String PORT = "X-Forwarded-Port";
    static final String FOR = "X-Forwarded-For";

    private ForwardedHeaders() {
    }

    static void replace(HttpServerRequest request) {
        MultiMap headers = request.headers();
        List<String> sent = headers.names().stream().filter(ForwardedHeaders::forwarding).toList();
        sent.forEach(headers::remove);
        String scheme = request.scheme();
        headers.set(PROTO, scheme);
        HostAndPort authority = request.authority();
        if (authority != null) {
            String host = authority.host();
            // an IPv6 literal keeps its brackets, or its last group would be read as the port
            headers.set(HOST, host.indexOf(':') >= 0 && !host.startsWith("[") ? "[" + host + "]" : host);
            headers.set(PORT, String.valueOf(authority.port() >= 0 ? authority.port() : "https".equals(scheme) ? 443 : 80));
        }
        SocketAddress client = request.remoteAddress();
        if (client != null && client.hostAddress() != null) {
            headers.set(FOR, client.hostAddress());
        }
    }

    private static boolean forwarding(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("forwarded") || lower.startsWith("x-forwarded-");
    }
}
