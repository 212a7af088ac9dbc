package org.supervision.notification.reminder;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Configuration of reminders and their deliveries (application.properties lists every key). */
@ConfigMapping(prefix = "supervision.reminders")
public interface ReminderSettings {

    /** The policy of a plan that has none of its own. */
    Defaults defaults();

    /** Reminders are due at this local time on their day. */
    @WithDefault("09:00")
    LocalTime sendAt();

    /** The zone of deadlines, days and quiet hours. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Reminders (and outbound deliveries) claimed per transaction. */
    @WithDefault("50")
    int batchSize();

    /**
     * Batches claimed side by side within one replica. Claims skip each other's rows, so this only
     * changes how fast a flood of due reminders drains (the database works while Java words the next batch).
     */
    @WithDefault("2")
    int dispatchThreads();

    /** Where a reminder's link points: base + "/assignments/" + id. */
    @WithDefault("http://localhost:8080")
    String linkBase();

    /**
     * The inbox the supervision office reads its own reminders in (复核 due): an inbox item under this code, which
     * supervisors see (they read every inbox) and no unit officer does.
     */
    @WithDefault("SUPERVISION-OFFICE")
    String officeInbox();

    /** How often every replica's DispatchJob runs ("off" stops it; tests drive the dispatcher themselves). */
    @WithDefault("10s")
    String dispatchEvery();

    @WithDefault("5s")
    String dispatchDelay();

    Delivery delivery();

    interface Defaults {
        @WithDefault("7,3,1")
        List<Integer> beforeWorkingDays();

        @WithDefault("true")
        boolean onTheDay();

        @WithDefault("2")
        int overdueEveryWorkingDays();

        @WithDefault("5")
        int overdueMaxReminders();

        @WithDefault("5")
        int escalateAfterWorkingDays();

        /** Working days before each reporting due date with a reminder (0: none). */
        @WithDefault("3")
        int reportWorkingDaysBefore();

        /** A reminder on each reporting due date. */
        @WithDefault("true")
        boolean reportOnTheDay();
    }

    Reporting reporting();

    /** Overdue chasing after the plan's overdue reminders are spent (OverdueChase). */
    Overdue overdue();

    interface Overdue {
        /**
         * Once the plan's {@code overdueMaxReminders} overdue reminders are sent and the work is still open, one more
         * every this many working days until it is completed or cancelled (0: stop after the plan's reminders).
         */
        @WithDefault("5")
        int thenEveryWorkingDays();

        /** How often every replica plans the next chase of overdue work that has none pending ("off" stops it). */
        @WithDefault("1h")
        String chaseEvery();
    }

    interface Reporting {
        /** Reporting reminders are kept this many days ahead; the top-up moves the horizon on every day. */
        @WithDefault("62")
        int horizonDays();

        /** How often every replica tops the reporting reminders up to the horizon ("off" stops it). */
        @WithDefault("1h")
        String topUpEvery();
    }

    /** Daily mail digests of units that asked for one (unit contacts, {@code digest}). */
    Digest digest();

    interface Digest {
        /**
         * How long a digest waits past its time for reminders due by then to be dispatched (so that
         * they are in it), before it goes without the stragglers (they go in the next one).
         */
        @WithDefault("PT1H")
        Duration waitForDispatch();
    }

    interface Delivery {
        /** E-mail and webhooks wait outside [quiet-end, quiet-start) and on non-working days; the inbox never waits. */
        @WithDefault("20:00")
        LocalTime quietStart();

        @WithDefault("08:00")
        LocalTime quietEnd();

        @WithDefault("6")
        int maxAttempts();

        /** Wait after the first failure; doubled after each further one. */
        @WithDefault("PT1M")
        Duration firstBackoff();

        @WithDefault("PT5S")
        Duration webhookTimeout();

        /** Supervisors' addresses: escalations go to them as well as to the unit's leaders. */
        Optional<List<String>> supervisorEmails();

        /** Mail language: zh-CN templates, English where a text has no Chinese version. */
        @WithDefault("zh-CN")
        String mailLocale();
    }
}
