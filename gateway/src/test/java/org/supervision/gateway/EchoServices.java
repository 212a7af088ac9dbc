package org.supervision.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.supervision.local.testing.TestTokens;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP servers standing in for the three services: each answers with its name, the path and
 * the headers the gateway forwarded, so a test sees exactly what a service would receive.
 */
public class EchoServices implements QuarkusTestResourceLifecycleManager {

    private final Map<String, HttpServer> servers = new HashMap<>();

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : new String[] {"plan", "task", "notification"}) {
            HttpServer server = echo(service);
            servers.put(service, server);
            config.put("gateway.services." + service + ".url", "http://127.0.0.1:" + server.getAddress().getPort());
        }
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        return config;
    }

    private static HttpServer echo(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                byte[] received = exchange.getRequestBody().readAllBytes();
                String body = "{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI()
                        + "\",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization")
                        + "\",\"requestId\":\"" + exchange.getRequestHeaders().getFirst("X-Request-Id")
                        + "\",\"bodyLength\":" + received.length + "}";
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        servers.values().forEach(server -> server.stop(0));
    }
}
