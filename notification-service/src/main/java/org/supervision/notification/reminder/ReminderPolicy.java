package org.supervision.notification.reminder;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** When a plan's assignments are reminded, in working days of the mainland China calendar. */
public record ReminderPolicy(
        @Schema(description = "working days before the deadline with a reminder", examples = "[7, 3, 1]")
        @NotNull @Size(max = 10) List<@NotNull @Min(1) @Max(60) Integer> beforeWorkingDays,
        @Schema(description = "a reminder on the deadline day") boolean onTheDay,
        @Schema(description = "working days between overdue reminders") @Min(1) @Max(30) int overdueEveryWorkingDays,
        @Schema(description = "this many overdue reminders at the interval above (0: none); after them the work is chased "
                + "every supervision.reminders.overdue.then-every-working-days working days until completed or cancelled") @Min(0) @Max(50) int overdueMaxReminders,
        @Schema(description = "overdue working days after which leaders and supervisors are told")
        @Min(1) @Max(120) int escalateAfterWorkingDays,
        @Schema(description = "working days before each reporting due date with a reminder (0: none); the configured default when omitted",
                examples = "3")
        @Min(0) @Max(20) Integer reportWorkingDaysBefore,
        @Schema(description = "a reminder on each reporting due date; the configured default when omitted")
        Boolean reportOnTheDay) {

    static ReminderPolicy of(ReminderSettings.Defaults defaults) {
        return new ReminderPolicy(List.copyOf(defaults.beforeWorkingDays()), defaults.onTheDay(),
                defaults.overdueEveryWorkingDays(), defaults.overdueMaxReminders(), defaults.escalateAfterWorkingDays(),
                defaults.reportWorkingDaysBefore(), defaults.reportOnTheDay());
    }

    /** The reporting fields a request left out take the configured defaults (a client of the first version sends none). */
    ReminderPolicy withDefaults(ReminderSettings.Defaults defaults) {
        return new ReminderPolicy(beforeWorkingDays, onTheDay, overdueEveryWorkingDays, overdueMaxReminders,
                escalateAfterWorkingDays,
                reportWorkingDaysBefore != null ? reportWorkingDaysBefore : defaults.reportWorkingDaysBefore(),
                reportOnTheDay != null ? reportOnTheDay : defaults.reportOnTheDay());
    }
}
