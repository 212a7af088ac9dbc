package org.supervision.notification.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.supervision.notification.delivery.DispatchFailure;
import org.supervision.notification.reminder.ReminderSettings;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moves the reporting reminders' horizon on: a cycle has no end, so its reminders are kept a
 * fixed number of days ahead and topped up on every run. Idempotent (a recomputation adds only
 * what is missing), so every replica may run it.
 */
@ApplicationScoped
public class ReportingTopUp {

    private static final Logger LOG = Logger.getLogger(ReportingTopUp.class);

    private final ReportingCycles cycles;
    private final ReportingReminders reminders;
    private final ReminderSettings settings;
    private final Clock clock;
    private final Counter skipped;

    public ReportingTopUp(ReportingCycles cycles, ReportingReminders reminders, ReminderSettings settings, Clock clock,
                          MeterRegistry registry) {
        this.cycles = cycles;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
        this.skipped = Counter.builder("supervision.reporting.top.up.skipped")
                .description("Plans whose reporting reminders the top-up could not compute").register(registry);
    }

    @Scheduled(identity = "reporting-top-up", every = "${supervision.reminders.reporting.top-up-every:1h}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /**
     * Returns how many plans were topped up; one transaction per plan. A plan that cannot be topped up
     * (a cycle this version cannot read, say) is logged, counted and skipped: it used to end the run,
     * and with it the reporting reminders of every plan after it, on every run.
     */
    public int run() {
        String cause = "reporting-top-up:" + LocalDate.now(clock.withZone(settings.zone()));
        List<UUID> plans = QuarkusTransaction.requiringNew().call(cycles::plans);
        int toppedUp = 0;
        for (UUID plan : plans) {
            try {
                QuarkusTransaction.requiringNew().run(() -> reminders.replanPlan(plan, cause));
                toppedUp++;
            } catch (RuntimeException e) {
                skipped.increment();
                // the reason as a failed reminder's: one line, short, never a statement with its values
                LOG.warnf("reporting top-up: plan %s skipped (%s)", plan, DispatchFailure.of(e).reason());
            }
        }
        return toppedUp;
    }
}
