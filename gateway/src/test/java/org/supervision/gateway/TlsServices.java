package org.supervision.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import org.supervision.local.testing.TestTokens;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Services behind TLS, as in a cluster whose services serve https with certificates of the cluster's CA:
 * plan-service answers https with a self-signed certificate (for the address 127.0.0.1 only) that the
 * gateway trusts through its trust store ({@code quarkus.tls.upstreams}); task-service answers https with a
 * certificate nobody trusts; notification-service is not running at all.
 */
public class TlsServices implements QuarkusTestResourceLifecycleManager {

    private static final String PASSWORD = "test-only";
    private final List<HttpsServer> servers = new ArrayList<>();

    @Override
    public Map<String, String> start() {
        try {
            Path folder = Files.createDirectories(Path.of("target", "tls-services"));
            Path trusted = keyPair(folder, "trusted");
            Path untrusted = keyPair(folder, "untrusted");
            Path trustStore = folder.resolve("gateway-truststore.p12");
            Files.deleteIfExists(trustStore);
            Path certificate = folder.resolve("trusted.pem");
            keytool("-exportcert", "-rfc", "-alias", "service", "-keystore", trusted.toString(), "-storepass", PASSWORD,
                    "-file", certificate.toString());
            keytool("-importcert", "-noprompt", "-alias", "services-ca", "-file", certificate.toString(),
                    "-keystore", trustStore.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);

            Map<String, String> config = new HashMap<>();
            int plan = serve("plan", trusted);
            int task = serve("task", untrusted);
            config.put("gateway.services.plan.url", "https://127.0.0.1:" + plan);
            config.put("gateway.services.plan.management-url", "https://127.0.0.1:" + plan);
            config.put("gateway.services.task.url", "https://127.0.0.1:" + task);
            config.put("gateway.services.task.management-url", "https://127.0.0.1:" + task);
            // not what is tested here: the first handshake of a loaded machine may outlast the tests' 700 ms
            config.put("gateway.services.task.timeout", "10s");
            // ...nor the connect deadline, which a first TLS handshake on a loaded machine outlasted (a 503 "busy")
            config.put("gateway.upstream.connect-timeout", "10s");
            int closed = closedPort();
            config.put("gateway.services.notification.url", "http://127.0.0.1:" + closed);
            config.put("gateway.services.notification.management-url", "http://127.0.0.1:" + closed);
            config.put("gateway.upstream.tls-configuration-name", "upstreams");
            config.put("quarkus.tls.upstreams.trust-store.p12.path", trustStore.toAbsolutePath().toString());
            config.put("quarkus.tls.upstreams.trust-store.p12.password", PASSWORD);
            config.put("quarkus.oidc.public-key", TestTokens.publicKey());
            config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
            return config;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A key store with one self-signed key pair whose certificate names the address 127.0.0.1 and nothing else. */
    private static Path keyPair(Path folder, String name) throws Exception {
        Path store = folder.resolve(name + ".p12");
        Files.deleteIfExists(store);
        keytool("-genkeypair", "-alias", "service", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=" + name + " test service", "-ext", "SAN=ip:127.0.0.1",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", PASSWORD);
        return store;
    }

    private static void keytool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("keytool " + command + " failed:\n" + output);
        }
    }

    private int serve(String name, Path keyStore) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStore)) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, PASSWORD.toCharArray());
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(factory.getKeyManagers(), null, null);
        HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(ssl));
        server.createContext("/", exchange -> {
            try (exchange) {
                answer(name, exchange);
            }
        });
        server.start();
        servers.add(server);
        return server.getAddress().getPort();
    }

    private static void answer(String name, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        if (path.equals("/q/health/ready")) {
            body = "{\"status\":\"UP\",\"checks\":[]}";
        } else if (path.equals("/q/openapi")) {
            body = "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"1\"},"
                    + "\"paths\":{\"/api/v1/plans\":{\"get\":{\"responses\":{\"200\":{\"description\":\"ok\"}}}}}}";
        } else {
            body = "{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI() + "\",\"authorization\":\""
                    + exchange.getRequestHeaders().getFirst("Authorization") + "\"}";
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A port nothing listens on (taken, then given back). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        servers.forEach(server -> server.stop(0));
    }
}
