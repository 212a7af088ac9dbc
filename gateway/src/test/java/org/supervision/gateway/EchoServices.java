package org.supervision.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.supervision.local.testing.TestTokens;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP servers standing in for the three services: each answers with its name, the path and
 * the headers the gateway forwarded, so a test sees exactly what a service would receive. Each also
 * serves a small /q/openapi and /q/health/ready. A control server (its URL in {@code echo.control.url},
 * driven through {@link Echo}) makes a service slow, failing, stopped or started again; HTTP is used
 * because the tests run in another class loader than this resource.
 *
 * <p>A fourth service, {@code hang}, never answers an API request and counts the connections the
 * gateway closes: it shows that an abandoned request releases its upstream connection.
 */
public class EchoServices implements QuarkusTestResourceLifecycleManager {

    static final String[] SERVICES = {"plan", "task", "notification"};
    private static final Map<String, String> OWN_PATH = Map.of("plan", "/api/v1/plans", "task", "/api/v1/assignments",
            "notification", "/api/v1/inbox");

    private final Map<String, HttpServer> servers = new ConcurrentHashMap<>();
    private final Map<String, Integer> ports = new ConcurrentHashMap<>();
    /** What a streaming answer sends before and after the test releases it (mode "stream"). */
    static final String STREAM_FIRST = "first part;";
    static final String STREAM_SECOND = "second part";

    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Semaphore streamReleased = new Semaphore(0);
    private final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    private final AtomicInteger hangingAccepted = new AtomicInteger();
    private final AtomicInteger hangingClosed = new AtomicInteger();
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "echo-services");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer control;
    private ServerSocket hang;

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        for (String service : SERVICES) {
            modes.put(service, "ok");
            received.put(service, new AtomicInteger());
            HttpServer server = echo(service, 0);
            servers.put(service, server);
            ports.put(service, server.getAddress().getPort());
            config.put("gateway.services." + service + ".url", "http://127.0.0.1:" + server.getAddress().getPort());
            // an echo service has no separate management interface: its health and document are on the same port
            config.put("gateway.services." + service + ".management-url", "http://127.0.0.1:" + server.getAddress().getPort());
        }
        hang = startHang();
        config.put("gateway.services.hang.url", "http://127.0.0.1:" + hang.getLocalPort());
        config.put("gateway.services.hang.paths", "/api/v1/hang");
        config.put("gateway.services.hang.timeout", "30s");
        control = control();
        config.put("echo.control.url", "http://127.0.0.1:" + control.getAddress().getPort());
        config.put("quarkus.oidc.public-key", TestTokens.publicKey());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        return config;
    }

    private HttpServer echo(String name, int port) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            server.setExecutor(workers); // a slow answer must not hold up the others
            server.createContext("/", exchange -> {
                try (exchange) {
                    answer(name, exchange);
                } catch (IOException clientGone) {
                    // the gateway gave up on a slow answer
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void answer(String name, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/q/health/ready")) {
            send(exchange, 200, "{\"status\":\"UP\",\"checks\":[]}");
            return;
        }
        if (path.equals("/q/openapi")) {
            send(exchange, 200, openApi(name));
            return;
        }
        received.get(name).incrementAndGet();
        byte[] body = exchange.getRequestBody().readAllBytes();
        String mode = modes.get(name);
        if (mode.startsWith("slow:")) {
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(Long.parseLong(mode.substring(5)));
            while (System.nanoTime() < until) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
            }
        }
        if (mode.equals("drop")) {
            exchange.getResponseBody().close(); // no answer at all: the connection closes under the request
            throw new IOException("dropped on purpose");
        }
        if (mode.equals("too-large")) { // as Quarkus answers a chunked body over its limit: 413, nothing else
            exchange.getResponseHeaders().set("Connection", "close");
            exchange.sendResponseHeaders(413, -1);
            exchange.close();
            return;
        }
        if (mode.equals("fail")) {
            send(exchange, 500, "{\"title\":\"boom\"}");
            return;
        }
        if (mode.equals("stream")) { // a chunked answer whose second part waits until the test releases it
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(STREAM_FIRST.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            try {
                streamReleased.tryAcquire(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            out.write(STREAM_SECOND.getBytes(StandardCharsets.US_ASCII));
            out.close();
            return;
        }
        var headers = exchange.getRequestHeaders();
        send(exchange, 200, "{\"service\":\"" + name + "\",\"path\":\"" + exchange.getRequestURI()
                + "\",\"authorization\":\"" + headers.getFirst("Authorization")
                + "\",\"requestId\":\"" + headers.getFirst("X-Request-Id")
                + "\",\"traceparent\":\"" + headers.getFirst("traceparent")
                + "\",\"forwardedProto\":\"" + headers.getFirst("X-Forwarded-Proto")
                + "\",\"forwardedHost\":\"" + headers.getFirst("X-Forwarded-Host")
                + "\",\"forwardedPort\":\"" + headers.getFirst("X-Forwarded-Port")
                + "\",\"forwardedFor\":\"" + headers.get("X-Forwarded-For")
                + "\",\"forwarded\":\"" + headers.getFirst("Forwarded")
                + "\",\"forwardedPrefix\":\"" + headers.getFirst("X-Forwarded-Prefix")
                + "\",\"bodyLength\":" + body.length + "}");
    }

    private static String openApi(String name) {
        String path = OWN_PATH.get(name);
        return """
                {"openapi":"3.1.0","info":{"title":"%1$s-service","version":"1"},
                 "tags":[{"name":"%1$s"}],
                 "paths":{"%2$s":{"get":{"tags":["%1$s"],"responses":{"200":{"description":"ok"}}}},
                          "/internal/%1$s":{"get":{"responses":{"200":{"description":"not routed"}}}}},
                 "components":{"schemas":{"%1$sThing":{"type":"object"}},
                   "securitySchemes":{"SecurityScheme":{"type":"http","scheme":"bearer","bearerFormat":"JWT"}}},
                 "security":[{"SecurityScheme":[]}]}
                """.formatted(name, path);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** /control?service=task&mode=slow:2000|fail|drop|too-large|stream|ok, /control?service=task&action=stop|start|count|release, /control?hang=counts */
    private HttpServer control() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setExecutor(workers);
            server.createContext("/control", exchange -> {
                try (exchange) {
                    Map<String, String> query = new HashMap<>();
                    for (String pair : URI.create("x:/?" + exchange.getRequestURI().getRawQuery()).getQuery().split("&")) {
                        String[] kv = pair.split("=", 2);
                        query.put(kv[0], kv.length > 1 ? kv[1] : "");
                    }
                    String service = query.get("service");
                    String result = "ok";
                    if (query.containsKey("hang")) {
                        result = hangingAccepted.get() + " " + hangingClosed.get();
                    } else if (query.containsKey("mode")) {
                        modes.put(service, query.get("mode"));
                    } else if ("stop".equals(query.get("action"))) {
                        HttpServer stopped = servers.remove(service);
                        if (stopped != null) {
                            stopped.stop(0);
                        }
                    } else if ("start".equals(query.get("action"))) {
                        servers.computeIfAbsent(service, s -> echo(s, ports.get(s)));
                    } else if ("release".equals(query.get("action"))) {
                        streamReleased.release();
                    } else if ("count".equals(query.get("action"))) {
                        result = Integer.toString(received.get(service).get());
                    }
                    send(exchange, 200, result);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ServerSocket startHang() {
        try {
            ServerSocket server = new ServerSocket(0, 50, java.net.InetAddress.getByName("127.0.0.1"));
            workers.execute(() -> {
                while (!server.isClosed()) {
                    try {
                        Socket socket = server.accept();
                        workers.execute(() -> hangOn(socket));
                    } catch (IOException closed) {
                        return;
                    }
                }
            });
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Answers /q/* at once; any other request gets no answer, and its connection is watched until the gateway closes it. */
    private void hangOn(Socket socket) {
        try (socket; InputStream in = socket.getInputStream()) {
            StringBuilder head = new StringBuilder();
            while (head.length() < 4 || !head.substring(head.length() - 4).equals("\r\n\r\n")) {
                int c = in.read();
                if (c < 0) {
                    return;
                }
                head.append((char) c);
            }
            String requestLine = head.substring(0, head.indexOf("\r\n"));
            if (requestLine.contains(" /q/")) {
                String body = requestLine.contains("/q/health") ? "{\"status\":\"UP\",\"checks\":[]}" : "{\"openapi\":\"3.1.0\",\"paths\":{}}";
                socket.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                        + body.length() + "\r\n\r\n" + body).getBytes(StandardCharsets.US_ASCII));
                return;
            }
            hangingAccepted.incrementAndGet();
            while (in.read() >= 0) {
                // nothing to do but wait for the end
            }
            hangingClosed.incrementAndGet();
        } catch (IOException reset) {
            hangingClosed.incrementAndGet();
        }
    }

    @Override
    public void stop() {
        servers.values().forEach(server -> server.stop(0));
        if (control != null) {
            control.stop(0);
        }
        try {
            if (hang != null) {
                hang.close();
            }
        } catch (IOException ignored) {
            // shutting down anyway
        }
        workers.shutdownNow();
    }
}
