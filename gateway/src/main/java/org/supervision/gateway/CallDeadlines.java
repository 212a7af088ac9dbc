package org.supervision.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.netty.channel.EventLoop;
import io.netty.util.concurrent.FastThreadLocal;
import io.quarkus.logging.Log;

/**
 * The deadlines of the calls to services in flight on one event loop, checked together by one task
 * of that loop every {@link #TICK_MILLIS} while any is in flight. One Vert.x timer set and cancelled
 * per call cost 4% of the gateway's CPU per request (a scheduled task in a priority queue, a map entry
 * and their removal); here a call links itself into a list and unlinks itself again. A deadline
 * fires at most one tick late. Everything happens on the event loop's own thread, so nothing is locked.
 */
final class CallDeadlines {

    static final long TICK_MILLIS = 50;

    private static final FastThreadLocal<CallDeadlines> OF_THIS_LOOP = new FastThreadLocal<>();

    /** One call's deadline: it expires when nothing has happened on the call for its timeout. */
    static final class Deadline {
        private final long timeoutNanos;
        private final Runnable onExpiry;
        private final EventLoop loop;
        private volatile long lastActivity = System.nanoTime();
        private CallDeadlines owner;
        private Deadline previous;
        private Deadline next;
        private boolean done;

        private Deadline(long timeoutMillis, Runnable onExpiry, EventLoop loop) {
            this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
            this.onExpiry = onExpiry;
            this.loop = loop;
        }

        /** Something happened on the call (a piece of the request body went out): the timeout counts from now. */
        void touch() {
            lastActivity = System.nanoTime();
        }

        /** The call ended: the deadline will not fire. */
        void cancel() {
            if (loop.inEventLoop()) {
                cancelOnLoop();
            } else {
                loop.execute(this::cancelOnLoop);
            }
        }

        private void cancelOnLoop() {
            done = true;
            if (owner != null) {
                owner.unlink(this);
            }
        }

        private boolean expired(long now) {
            return now - lastActivity >= timeoutNanos;
        }
    }

    private final EventLoop loop;
    private Deadline first;
    private boolean sweepScheduled;

    private CallDeadlines(EventLoop loop) {
        this.loop = loop;
    }

    /** Starts a deadline for a call handled on {@code loop}; {@code onExpiry} runs on that loop. */
    static Deadline start(EventLoop loop, long timeoutMillis, Runnable onExpiry) {
        Deadline deadline = new Deadline(timeoutMillis, onExpiry, loop);
        if (loop.inEventLoop()) {
            of(loop).add(deadline);
        } else {
            loop.execute(() -> of(loop).add(deadline));
        }
        return deadline;
    }

    /** The deadlines of the loop whose thread this runs on. */
    private static CallDeadlines of(EventLoop loop) {
        CallDeadlines deadlines = OF_THIS_LOOP.get();
        if (deadlines == null) {
            deadlines = new CallDeadlines(loop);
            OF_THIS_LOOP.set(deadlines);
        }
        return deadlines;
    }

    private void add(Deadline deadline) {
        if (deadline.done) {
            return; // cancelled before it was added (started and ended off the loop)
        }
        deadline.owner = this;
        deadline.next = first;
        if (first != null) {
            first.previous = deadline;
        }
        first = deadline;
        if (!sweepScheduled) {
            sweepScheduled = true;
            loop.schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void unlink(Deadline deadline) {
        if (deadline.owner != this) {
            return;
        }
        if (deadline.previous != null) {
            deadline.previous.next = deadline.next;
        } else {
            first = deadline.next;
        }
        if (deadline.next != null) {
            deadline.next.previous = deadline.previous;
        }
        deadline.owner = null;
        deadline.previous = null;
        deadline.next = null;
    }

    private void sweep() {
        long now = System.nanoTime();
        // unlinked first, run after: what an expiry does (it ends its call) never meets a list being walked
        List<Deadline> expired = new ArrayList<>(0);
        for (Deadline deadline = first; deadline != null;) {
            Deadline next = deadline.next;
            if (deadline.expired(now)) {
                deadline.done = true;
                unlink(deadline);
                expired.add(deadline);
            }
            deadline = next;
        }
        for (Deadline deadline : expired) {
            try {
                deadline.onExpiry.run();
            } catch (RuntimeException e) {
                Log.errorf(e, "a call's timeout could not be handled");
            }
        }
        sweepScheduled = first != null; // an idle loop has no task waking it up
        if (sweepScheduled) {
            loop.schedule(this::sweep, TICK_MILLIS, TimeUnit.MILLISECONDS);
        }
    }
}
