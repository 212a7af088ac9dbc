package org.supervision.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Nothing left pending once the system has caught up: the outboxes are empty (plan-service's events,
 * task-service's events and warning transitions), every consumer has committed the end of its topics
 * (lag 0), no reminder is PENDING more than 30 s past its due time, and no e-mail or webhook delivery
 * is PENDING or FAILED more than 60 s past its next try (one waiting for the end of quiet hours is not late).
 */
final class NothingLeftPending implements Invariant {

    private final FaultPlatform platform;

    NothingLeftPending(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "nothing left pending: outboxes empty, consumer lag 0, no reminder or delivery overdue";
    }

    @Override
    public List<String> violations() throws Exception {
        List<String> wrong = new ArrayList<>();
        long planOutbox = platform.databases.count(Databases.PLAN, "select count(*) from outbox_event");
        if (planOutbox > 0) {
            wrong.add("plan-service's outbox holds " + planOutbox + " events");
        }
        long taskOutbox = platform.databases.count(Databases.TASK,
                "select (select count(*) from outbox_event) + (select count(*) from warning_transition)");
        if (taskOutbox > 0) {
            wrong.add("task-service's outbox holds " + taskOutbox + " events and warning transitions");
        }
        for (Map.Entry<String, List<String>> group : Map.of(
                "task-service", List.of(Topics.PLAN, Topics.UNIT),
                "notification-service", List.of(Topics.TASK)).entrySet()) {
            long lag = platform.topics.lag(group.getKey(), group.getValue());
            if (lag > 0) {
                wrong.add(group.getKey() + " has not committed " + lag + " records of " + group.getValue());
            }
        }
        long lateReminders = platform.databases.count(Databases.NOTIFICATION,
                "select count(*) from reminder where status = 'PENDING' and due_at < now() - interval '30 seconds'");
        if (lateReminders > 0) {
            wrong.add(lateReminders + " reminders are PENDING more than 30 s past their due time");
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select channel, status, count(*) as n from delivery
                where status in ('PENDING', 'FAILED') and next_try_at < now() - interval '60 seconds' group by 1, 2""")) {
            wrong.add(row.get("n") + " " + row.get("channel") + " deliveries are " + row.get("status") + " past their next try");
        }
        return wrong;
    }
}
