package org.supervision.notification.delivery;

import java.time.Clock;

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

    public DispatchJob(Dispatcher dispatcher, OutboundSender sender, Clock clock) {
        this.dispatcher = dispatcher;
        this.sender = sender;
        this.clock = clock;
    }

    @Scheduled(identity = "reminder-dispatch", every = "${supervision.reminders.dispatch-every:10s}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (int batch = 0; batch < MAX_BATCHES && dispatcher.dispatchDue(clock.instant()) > 0; batch++) {
            // keep going while reminders are due
        }
        for (int batch = 0; batch < MAX_BATCHES && sender.sendDue(clock.instant()) > 0; batch++) {
            // a batch that only fails again is retried at its next_try_at, not in this loop
        }
    }
}
