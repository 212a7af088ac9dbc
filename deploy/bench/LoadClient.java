import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A constant-arrival-rate HTTP load client (open model): requests are sent on a fixed schedule
 * whether or not earlier ones have answered, and each latency is measured from the moment the
 * request was due, so a slow server cannot hide its queueing (wrk's closed loop would).
 *
 * <pre>
 * java deploy/bench/LoadClient.java --url URL [--method POST] [--body FILE] [--header 'Name: value']...
 *      [--rate 20] [--warmup 10] [--duration 30] [--connections 32]
 * </pre>
 * Prints latency percentiles (ms), achieved rate, status counts, and the median of a
 * {@code Server-Timing} duration when the service sends one.
 */
public final class LoadClient {

    public static void main(String[] args) throws Exception {
        String url = null;
        String method = "GET";
        byte[] body = new byte[0];
        List<String> headers = new ArrayList<>();
        double rate = 20;
        int warmup = 10;
        int duration = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--url" -> url = args[++i];
                case "--method" -> method = args[++i];
                case "--body" -> body = Files.readAllBytes(Path.of(args[++i]));
                case "--header" -> headers.add(args[++i]);
                case "--rate" -> rate = Double.parseDouble(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--duration" -> duration = Integer.parseInt(args[++i]);
                case "--connections" -> i++; // the JDK client pools connections itself; kept for symmetry with wrk
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (url == null) {
            throw new IllegalArgumentException("--url is required");
        }
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        for (String h : headers) {
            int colon = h.indexOf(':');
            builder.header(h.substring(0, colon).strip(), h.substring(colon + 1).strip());
        }
        HttpRequest request = builder.build();
        if (warmup > 0) {
            System.out.printf(Locale.ROOT, "warm-up: %d s at %.1f req/s%n", warmup, rate);
            run(client, request, rate, warmup);
        }
        System.out.printf(Locale.ROOT, "measured: %d s at %.1f req/s%n", duration, rate);
        Result r = run(client, request, rate, duration);
        r.print(duration);
        System.exit(0);
    }

    record Result(long[] latenciesNanos, double[] serverTimingMs, int[] statuses, int errors) {

        void print(int seconds) {
            long[] l = latenciesNanos.clone();
            Arrays.sort(l);
            System.out.printf(Locale.ROOT, "requests %d (%.1f/s), errors %d, statuses %s%n", l.length,
                    l.length / (double) seconds, errors, statusSummary());
            System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                    pct(l, 50), pct(l, 90), pct(l, 99), pct(l, 99.9), l.length == 0 ? 0 : l[l.length - 1] / 1e6);
            double[] s = Arrays.stream(serverTimingMs).filter(v -> v >= 0).sorted().toArray();
            if (s.length > 0) {
                System.out.printf(Locale.ROOT, "Server-Timing ms: p50 %.2f  p90 %.2f  p99 %.2f%n",
                        s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.50))],
                        s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.90))],
                        s[(int) Math.min(s.length - 1, Math.floor(s.length * 0.99))]);
            }
        }

        private String statusSummary() {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < statuses.length; i++) {
                if (statuses[i] > 0) {
                    out.append(out.length() > 1 ? ", " : "").append(i).append(": ").append(statuses[i]);
                }
            }
            return out.append('}').toString();
        }

        private static double pct(long[] sorted, double p) {
            if (sorted.length == 0) {
                return 0;
            }
            int i = (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p / 100.0) - 1);
            return sorted[Math.max(i, 0)] / 1e6;
        }
    }

    private static Result run(HttpClient client, HttpRequest request, double rate, int seconds) throws Exception {
        int total = (int) Math.round(rate * seconds);
        long interval = (long) (1e9 / rate);
        long[] latencies = new long[total];
        double[] serverTiming = new double[total];
        Arrays.fill(serverTiming, -1);
        int[] statuses = new int[600];
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<Void>> pending = new ArrayList<>(total);
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            int n = i;
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                latencies[n] = System.nanoTime() - due;
                if (failure != null) {
                    errors.incrementAndGet();
                } else {
                    synchronized (statuses) {
                        statuses[Math.min(response.statusCode(), 599)]++;
                    }
                    response.headers().firstValue("Server-Timing").ifPresent(v -> serverTiming[n] = duration(v));
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        return new Result(latencies, serverTiming, statuses, errors.get());
    }

    private static double duration(String serverTiming) {
        int at = serverTiming.indexOf("dur=");
        if (at < 0) {
            return -1;
        }
        int end = at + 4;
        while (end < serverTiming.length() && (Character.isDigit(serverTiming.charAt(end)) || serverTiming.charAt(end) == '.')) {
            end++;
        }
        return Double.parseDouble(serverTiming.substring(at + 4, end));
    }
}
