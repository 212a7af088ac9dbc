package org.supervision.notification.testing;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** CloudEvents of task-service, as it writes them (docs/events/), and waiting without sleeping. */
public final class TaskEventFixtures {

    public static final String TASK_TOPIC = "supervision.task.v1";

    private TaskEventFixtures() {
    }

    public static String issued(String eventId, UUID assignmentId, UUID planId, String unitCode, LocalDate deadline) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service",
                 "type": "supervision.assignment.issued.v1", "subject": "%s", "time": "2024-09-20T01:00:00Z",
                 "data": {"assignmentId": "%s", "planId": "%s", "planTitle": "钦州市优化营商环境实施方案", "measureId": "%s",
                          "measureNumber": "3", "measureTitle": "提升企业开办便利度", "unitId": "%s",
                          "unitCode": "%s", "unitName": "市发展改革委", "role": "LEAD", "deadline": "%s"}}
                """.formatted(eventId, assignmentId, assignmentId, planId, UUID.randomUUID(), UUID.randomUUID(),
                unitCode, deadline);
    }

    public static String changed(String eventId, UUID assignmentId, UUID planId, String unitCode, String action,
                                 String toState, LocalDate deadline, LocalDate previousDeadline) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service",
                 "type": "supervision.assignment.changed.v1", "subject": "%s", "time": "2024-09-20T01:00:00Z",
                 "data": {"assignmentId": "%s", "action": "%s", "fromState": "IN_PROGRESS", "toState": "%s",
                          "planId": "%s", "measureId": "%s", "measureNumber": "3", "measureTitle": "提升企业开办便利度",
                          "unitCode": "%s", "unitName": "市发展改革委", "role": "LEAD",
                          "deadline": %s, "previousDeadline": %s, "actor": "supervisor", "reason": null,
                          "at": "2024-09-20T01:00:00Z"}}
                """.formatted(eventId, assignmentId, assignmentId, action, toState, planId, UUID.randomUUID(), unitCode,
                quoted(deadline), quoted(previousDeadline));
    }

    /** An issued event with a chosen measure number (a unit with several assignments in one plan). */
    public static String issued(String eventId, UUID assignmentId, UUID planId, String unitCode, String measureNumber,
                                LocalDate deadline) {
        return issued(eventId, assignmentId, planId, unitCode, deadline)
                .replace("\"measureNumber\": \"3\"", "\"measureNumber\": \"" + measureNumber + "\"");
    }

    /** A lifecycle event with every field a review outcome speaks of. */
    public static String changed(String eventId, UUID assignmentId, UUID planId, String unitCode, String action,
                                 String fromState, String toState, LocalDate deadline, LocalDate previousDeadline,
                                 String reason, String decision) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service",
                 "type": "supervision.assignment.changed.v1", "subject": "%s", "time": "2024-09-20T01:00:00Z",
                 "data": {"assignmentId": "%s", "action": "%s", "fromState": "%s", "toState": "%s",
                          "planId": "%s", "measureId": "%s", "measureNumber": "3", "measureTitle": "提升企业开办便利度",
                          "unitCode": "%s", "unitName": "市发展改革委", "role": "LEAD", "warningLevel": "GREEN",
                          "deadline": %s, "previousDeadline": %s, "actor": "supervisor", "reason": %s, "decision": %s,
                          "at": "2024-09-20T01:00:00Z"}}
                """.formatted(eventId, assignmentId, assignmentId, action, fromState, toState, planId, UUID.randomUUID(),
                unitCode, quoted(deadline), quoted(previousDeadline), text(reason), text(decision));
    }

    /** What task-service's warning sweep publishes for one assignment. */
    public static String warningChanged(String eventId, UUID assignmentId, UUID planId, String unitCode, String measureNumber,
                                        String fromLevel, String toLevel, boolean reportMissing,
                                        boolean previousReportMissing, LocalDate deadline) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service",
                 "type": "supervision.assignment.warning-changed.v1", "subject": "%s", "time": "2024-09-20T00:10:00Z",
                 "data": {"assignmentId": "%s", "fromLevel": "%s", "toLevel": "%s", "reportMissing": %s,
                          "previousReportMissing": %s, "unitCode": "%s", "planId": "%s", "measureId": "%s",
                          "measureNumber": "%s", "measureTitle": "提升企业开办便利度", "deadline": %s, "state": "ACCEPTED",
                          "at": "2024-09-20T00:10:00Z"}}
                """.formatted(eventId, assignmentId, assignmentId, fromLevel, toLevel, reportMissing, previousReportMissing,
                unitCode, planId, UUID.randomUUID(), measureNumber, quoted(deadline));
    }

    /** task-service's supervision.plan.reporting-cycle.changed.v1; frequency null for REMOVED. */
    public static String cycleChanged(String eventId, UUID planId, String action, String frequency, Integer dueDay,
                                      long version) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/task-service",
                 "type": "supervision.plan.reporting-cycle.changed.v1", "subject": "%s", "time": "2024-09-20T01:00:00Z",
                 "data": {"planId": "%s", "action": "%s", "frequency": %s, "dueDay": %s, "version": %d,
                          "actor": "supervisor", "at": "2024-09-20T01:00:00Z"}}
                """.formatted(eventId, planId, planId, action, text(frequency), dueDay == null ? "null" : dueDay, version);
    }

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
    }

    private static String text(String value) {
        return value == null ? "null" : "\"" + value.replace("\"", "\\\"") + "\"";
    }

    /** Polls (parkNanos, never sleep) until the condition holds; fails with {@code what} after the timeout. */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

    public static <T> List<T> nonEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
