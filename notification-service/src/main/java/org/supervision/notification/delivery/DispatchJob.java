package org.supervision.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.supervision.notification.reminder.ReminderSettings;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Runs the dispatcher and the outbound sender on every replica; row locks, not this job, keep
 * them from doing anything twice. Set supervision.reminders.dispatch-every=off to stop it (tests drive them directly).
 */
@ApplicationScoped
public class DispatchJob {

    /** Bounds one run so that a flood does not starve the next one's outbound deliveries. */
    private static final int MAX_BATCHES = 200;

    private final Dispatcher dispatcher;
    private final OutboundSender sender;
    private final Clock clock;
    private final ManagedExecutor executor;
    private final int threads;

    public DispatchJob(Dispatcher dispatcher, OutboundSender sender, Clock clock, ManagedExecutor executor,
                       ReminderSettings settings) {
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.clock = clock;
        this.executor = executor;
        this.threads = Math.max(1, settings.dispatchThreads());
    }

    @Scheduled(identity = "reminder-dispatch", every = "${supervision.reminders.dispatch-every:10s}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        try {
            dispatch();
        } catch (RuntimeException e) {
            // meanwhile the e-mails and webhooks already queued still go out (logServerErrorDetail=false keeps
            // the reminders' texts out of a failed statement's message)
            Log.error("dispatching due reminders failed; the next run tries again", e);
        }
        for (int batch = 0; batch < MAX_BATCHES && sender.sendDue(clock.instant()) > 0; batch++) {
            // a batch that only fails again is retried at its next_try_at, not in this loop
        }
    }

    private void dispatch() {
        AtomicInteger batches = new AtomicInteger();
        Runnable drain = () -> {
            while (batches.incrementAndGet() <= MAX_BATCHES && dispatcher.dispatchDue(clock.instant()) > 0) {
                // keep going while reminders are due
            }
        };
        List<CompletableFuture<Void>> others = new ArrayList<>();
        for (int i = 1; i < threads; i++) {
            others.add(executor.runAsync(drain));
        }
        try {
            drain.run();
        } finally {
            others.forEach(CompletableFuture::join);
        }
    }
}
