package org.supervision.notification.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervision.notification.reminder.ReminderSettings;

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

    private final ReportingCycles cycles;
    private final ReportingReminders reminders;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReportingTopUp(ReportingCycles cycles, ReportingReminders reminders, ReminderSettings settings, Clock clock) {
        this.cycles = cycles;
        this.reminders = reminders;
        this.settings = settings;
        this.clock = clock;
    }

    @Scheduled(identity = "reporting-top-up", every = "${supervision.reminders.reporting.top-up-every:1h}",
            delayed = "${supervision.reminders.dispatch-delay:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** Returns how many plans were topped up; one transaction per plan. */
    public int run() {
        String cause = "reporting-top-up:" + LocalDate.now(clock.withZone(settings.zone()));
        List<UUID> plans = QuarkusTransaction.requiringNew().call(cycles::plans);
        for (UUID plan : plans) {
            QuarkusTransaction.requiringNew().run(() -> reminders.replanPlan(plan, cause));
        }
        return plans.size();
    }
}
