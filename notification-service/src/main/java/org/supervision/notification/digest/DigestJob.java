package org.supervision.notification.digest;

import java.time.Clock;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks for due digests on every replica as often as the dispatcher runs; the digest rows, not this
 * job, keep a unit from getting two in a day. Off with supervision.reminders.dispatch-every=off.
 */
@ApplicationScoped
public class DigestJob {

    private final DailyDigest digest;
    private final Clock clock;

    public DigestJob(DailyDigest digest, Clock clock) {
        this.digest = digest;
        this.clock = clock;
    }

    @Scheduled(identity = "daily-digest", every = "${supervision.reminders.dispatch-every:10s}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        digest.composeDue(clock.instant());
    }
}
