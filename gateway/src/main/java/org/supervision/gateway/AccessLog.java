package org.supervision.gateway;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * One line per request, written when the answer has gone out:
 * {@code 2026-11-23T19:35:48.123Z GET /api/v1/plans/42 200 3ms client=app requestId=… traceId=…}.
 * It holds the path only: query strings may carry names or id numbers, and no header is logged, so
 * neither tokens nor cookies reach the log. Control characters in a path are escaped, so a line
 * stays one line.
 *
 * <p>The lines go to standard output, or to {@code gateway.access-log.file}, through an
 * {@link AccessLogWriter}: in whole-line chunks, at least every {@code gateway.access-log.flush-every}.
 * {@code gateway_access_log_dropped_lines_total} counts lines lost because the destination did
 * not keep up.
 */
@Singleton
public class AccessLog {

    /** Longest path written; the rest is cut (a line must fit one chunk of the writer). */
    static final int MAX_PATH_CHARS = 2000;
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final boolean enabled;
    private final AccessLogWriter writer;

    public AccessLog(GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.AccessLogSettings settings = config.accessLog();
        this.enabled = settings.enabled();
        this.writer = enabled ? new AccessLogWriter(destination(settings), settings.flushEvery()) : null;
        if (enabled) {
            FunctionCounter.builder("gateway.access.log.dropped.lines", writer, AccessLogWriter::dropped)
                    .description("Access lines lost because their destination did not keep up").register(registry);
        }
    }

    /** Writes the request's line when its answer has gone out. */
    void record(RoutingContext context, String requestId, TraceParent trace) {
        if (!enabled) {
            return;
        }
        long started = System.nanoTime();
        context.addEndHandler(done -> writer.append(line(context, requestId, trace.traceId(), started)));
    }

    void flushOnShutdown(@Observes ShutdownEvent stopping) {
        if (writer != null) {
            writer.close();
        }
    }

    static byte[] line(RoutingContext context, String requestId, String traceId, long started) {
        Caller caller = Caller.of(context);
        StringBuilder line = new StringBuilder(200).append(Instant.ofEpochMilli(System.currentTimeMillis())).append(' ')
                .append(context.request().method().name()).append(' ');
        printable(line, context.request().path(), MAX_PATH_CHARS);
        line.append(' ').append(context.response().getStatusCode()).append(' ')
                .append((System.nanoTime() - started) / 1_000_000).append("ms client=");
        printable(line, caller == null ? null : caller.clientId(), 200);
        line.append(" requestId=").append(requestId).append(" traceId=").append(traceId);
        return line.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Control characters become %XX: a path cannot forge a second entry. */
    private static void printable(StringBuilder out, String text, int maxChars) {
        if (text == null) {
            out.append('-');
            return;
        }
        int length = Math.min(text.length(), maxChars);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                out.append('%').append(HEX[(c >> 4) & 0xf]).append(HEX[c & 0xf]);
            } else {
                out.append(c);
            }
        }
        if (length < text.length()) {
            out.append("...");
        }
    }

    private static OutputStream destination(GatewayConfig.AccessLogSettings settings) {
        if (settings.file().isEmpty()) {
            return new FileOutputStream(FileDescriptor.out);
        }
        Path file = Path.of(settings.file().get());
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            return Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("gateway.access-log.file: cannot write " + file, e);
        }
    }
}
