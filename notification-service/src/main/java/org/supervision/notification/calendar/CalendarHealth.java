package org.supervision.notification.calendar;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Says in /q/health which years the working days come from, and when there are none that the service counts
 * Monday to Friday. Always up: reminders on a possibly wrong day are better than no reminders.
 */
@Readiness
@ApplicationScoped
public class CalendarHealth implements HealthCheck {

    private final WorkingDays workingDays;

    public CalendarHealth(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Override
    public HealthCheckResponse call() {
        var years = workingDays.years();
        return HealthCheckResponse.named("working-day calendar").up()
                .withData("years", years.isEmpty() ? "none" : years.toString())
                .withData("counting", years.isEmpty()
                        ? "Monday to Friday without holidays: no calendar event from task-service received yet"
                        : "task-service's calendar; Monday to Friday outside these years")
                .build();
    }
}
