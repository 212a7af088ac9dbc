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

    private static String quoted(LocalDate date) {
        return date == null ? "null" : "\"" + date + "\"";
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
