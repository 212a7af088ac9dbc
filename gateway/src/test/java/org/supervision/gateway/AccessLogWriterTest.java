package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The writer alone, with an in-memory destination that records each write. */
class AccessLogWriterTest {

    /** Records each write as it arrives; can be made to hang until released. */
    static final class Destination extends OutputStream {
        final List<byte[]> writes = new CopyOnWriteArrayList<>();
        final CountDownLatch released;

        Destination(boolean hang) {
            released = new CountDownLatch(hang ? 1 : 0);
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            try {
                released.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] copy = new byte[len];
            System.arraycopy(b, off, copy, 0, len);
            writes.add(copy);
        }

        String text() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            writes.forEach(all::writeBytes);
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    private static byte[] line(int i) {
        return ("2026-11-23T10:00:00Z GET /api/v1/assignments/" + i + " 200 3ms client=app requestId=r-" + i + " traceId=t")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void linesAreWrittenWholeInChunksOfAtMostAPipeBufferAndNothingIsLost() throws Exception {
        Destination out = new Destination(false);
        AccessLogWriter writer = new AccessLogWriter(out, Duration.ofSeconds(30));
        for (int i = 0; i < 1000; i++) {
            writer.append(line(i));
        }
        writer.close();
        assertTrue(out.writes.size() < 1000 / 10, "lines gathered into chunks: " + out.writes.size() + " writes");
        for (byte[] chunk : out.writes) {
            assertTrue(chunk.length <= AccessLogWriter.CHUNK_BYTES, "a chunk of " + chunk.length);
            assertEquals('\n', chunk[chunk.length - 1], "a chunk ends with a whole line");
        }
        List<String> lines = out.text().lines().toList();
        assertEquals(1000, lines.size());
        for (int i = 0; i < 1000; i++) {
            assertEquals(new String(line(i), StandardCharsets.UTF_8), lines.get(i));
        }
        assertEquals(0, writer.dropped());
    }

    @Test
    void aQuietMomentWritesWhatHasGatheredWithinTheFlushInterval() throws Exception {
        Destination out = new Destination(false);
        try (AccessLogWriter writer = new AccessLogWriter(out, Duration.ofMillis(50))) {
            writer.append(line(1));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (out.writes.isEmpty() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertEquals(new String(line(1), StandardCharsets.UTF_8) + "\n", out.text(), "written without waiting for a full chunk");
        }
    }

    @Test
    void aDestinationThatHangsNeverHoldsUpTheCallerLinesAreDroppedAndCounted() throws Exception {
        Destination out = new Destination(true);
        AccessLogWriter writer = new AccessLogWriter(out, Duration.ofMillis(10));
        int lines = 200_000; // far more than the chunks the writer may keep
        long started = System.nanoTime();
        for (int i = 0; i < lines; i++) {
            writer.append(line(i));
        }
        assertTrue(System.nanoTime() - started < TimeUnit.SECONDS.toNanos(5), "appending waited for the destination");
        assertTrue(writer.dropped() > 0, "lines beyond the pending chunks are dropped");
        out.released.countDown();
        writer.close();
        long written = out.text().lines().count();
        assertEquals(lines, written + writer.dropped(), "every line is either written or counted as dropped");
    }

    @Test
    void aFailingDestinationCountsItsLinesAsDropped() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        AccessLogWriter writer = new AccessLogWriter(broken, Duration.ofMillis(10));
        for (int i = 0; i < 10; i++) {
            writer.append(line(i));
        }
        writer.close();
        assertEquals(10, writer.dropped());
    }

    @Test
    void anOverlongLineIsCutToFitOneChunk() {
        Destination out = new Destination(false);
        AccessLogWriter writer = new AccessLogWriter(out, Duration.ofSeconds(30));
        writer.append("x".repeat(10_000).getBytes(StandardCharsets.UTF_8));
        writer.append(line(2));
        writer.close();
        List<String> lines = out.text().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(AccessLogWriter.CHUNK_BYTES - 1, lines.get(0).length());
        assertEquals(new String(line(2), StandardCharsets.UTF_8), lines.get(1));
    }
}
