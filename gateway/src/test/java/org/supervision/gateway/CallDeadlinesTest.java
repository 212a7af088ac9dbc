package org.supervision.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.netty.channel.DefaultEventLoop;
import io.netty.channel.EventLoop;

/** Deadlines of calls in flight, on a real event loop. */
class CallDeadlinesTest {

    private final EventLoop loop = new DefaultEventLoop();

    @AfterEach
    void stopLoop() {
        loop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
    }

    @Test
    void aDeadlineFiresOnItsLoopAfterItsTimeoutAndOnlyOnce() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        AtomicReference<Boolean> onLoop = new AtomicReference<>();
        AtomicLong firedAt = new AtomicLong();
        long started = System.nanoTime();
        onLoop(() -> CallDeadlines.start(loop, 150, () -> {
            fired.incrementAndGet();
            firedAt.set(System.nanoTime());
            onLoop.set(loop.inEventLoop());
        }));
        Echo.await("the deadline fired", Duration.ofSeconds(5), () -> fired.get() == 1);
        assertTrue(firedAt.get() - started >= TimeUnit.MILLISECONDS.toNanos(150), "not before its timeout");
        assertEquals(Boolean.TRUE, onLoop.get());
        CompletableFuture<Void> later = new CompletableFuture<>();
        onLoop(() -> CallDeadlines.start(loop, 100, () -> later.complete(null)));
        later.get(5, TimeUnit.SECONDS); // sweeps have run since
        assertEquals(1, fired.get(), "an expired deadline fires once");
    }

    @Test
    void aCancelledDeadlineNeverFiresWhereverItIsCancelledFrom() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        CallDeadlines.Deadline onItsLoop = onLoop(() -> CallDeadlines.start(loop, 50, fired::incrementAndGet));
        onLoop(() -> {
            onItsLoop.cancel();
            return null;
        });
        CallDeadlines.Deadline fromElsewhere = CallDeadlines.start(loop, 50, fired::incrementAndGet); // this thread is not the loop's
        fromElsewhere.cancel();
        CompletableFuture<Void> later = new CompletableFuture<>();
        CallDeadlines.start(loop, 300, () -> later.complete(null));
        later.get(5, TimeUnit.SECONDS);
        assertEquals(0, fired.get());
    }

    @Test
    void activityOnTheCallPushesItsDeadlineOut() throws Exception {
        AtomicInteger fired = new AtomicInteger();
        CallDeadlines.Deadline deadline = onLoop(() -> CallDeadlines.start(loop, 500, fired::incrementAndGet));
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(1500);
        while (System.nanoTime() < until) { // a slow upload: a piece every 50 ms, three timeouts long
            deadline.touch();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            assertEquals(0, fired.get(), "fired while the call was still active");
        }
        Echo.await("the deadline fired once the call went quiet", Duration.ofSeconds(5), () -> fired.get() == 1);
    }

    private <T> T onLoop(Callable<T> work) throws Exception {
        return loop.submit(work).get(5, TimeUnit.SECONDS);
    }
}
