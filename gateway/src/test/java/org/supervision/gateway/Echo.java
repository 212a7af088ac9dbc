package org.supervision.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.microprofile.config.ConfigProvider;

/** Drives {@link EchoServices} from a test, and waits for things without sleeping blindly. */
final class Echo {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Echo() {
    }

    static void slow(String service, long millis) {
        control("service=" + service + "&mode=slow:" + millis);
    }

    static void failing(String service) {
        control("service=" + service + "&mode=fail");
    }

    /** The service closes each connection without answering. */
    static void dropping(String service) {
        control("service=" + service + "&mode=drop");
    }

    static void refusingBodies(String service) {
        control("service=" + service + "&mode=too-large");
    }

    /** The service answers in two parts, the second only after {@link #releaseStream(String)}. */
    static void streaming(String service) {
        control("service=" + service + "&mode=stream");
    }

    static void releaseStream(String service) {
        control("service=" + service + "&action=release");
    }

    static void healthy(String service) {
        control("service=" + service + "&mode=ok");
    }

    static void stop(String service) {
        control("service=" + service + "&action=stop");
    }

    static void start(String service) {
        control("service=" + service + "&action=start");
    }

    /** API requests the service has received so far. */
    static int received(String service) {
        return Integer.parseInt(control("service=" + service + "&action=count"));
    }

    /** [requests the hang service holds or held, of which connections were closed by the gateway] */
    static int[] hangCounts() {
        String[] parts = control("hang=counts").split(" ");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    /** Polls until the condition holds; fails after the deadline. */
    static void await(String what, Duration within, BooleanSupplier condition) {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + within + ": " + what);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(25));
        }
    }

    private static String control(String query) {
        String base = ConfigProvider.getConfig().getValue("echo.control.url", String.class);
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/control?" + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (Exception e) {
            throw new IllegalStateException("echo control " + query, e);
        }
    }
}
