package org.supervision.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.supervision.local.SuiteService;

/**
 * The clock jumps a day forward for the warning sweep (task-service) and the reminder dispatcher
 * (notification-service): both are restarted with {@code supervision.clock.offset} (an ISO-8601 duration
 * added to the services' one Clock bean, api/ClockProducer). "A day" is at least 24 h and reaches the
 * next working day's send time (09:05 China), so that reminders really fall due. Then the sweep must turn
 * the assignments due today RED with exactly one warning event each, the dispatcher must send what fell
 * due exactly once, and the invariants must hold; and again when the clock goes back.
 *
 * <p>Runs last: it moves time-based state (warning levels, reminders sent a day early).
 */
@Order(10)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClockJumpTest {

    static final String OFFSET = "supervision.clock.offset";
    private static final List<String> CLOCKED = List.of("task-service", "notification-service");

    @Test
    @Order(1)
    void aDayForwardTheSweepAndTheDispatcherActOnceEach() throws Exception {
        FaultPlatform platform = FaultPlatform.get();
        LocalDate today = LocalDate.now(Traffic.CHINA);
        Api.Answer next = Api.get(platform.gateway(), platform.tokens.of(Tokens.SUPERVISOR),
                "/api/v1/calendar/add?start=" + today + "&workingDays=1");
        LocalDate nextWorkingDay = LocalDate.parse(next.json().path("date").asText());
        Instant target = nextWorkingDay.atTime(LocalTime.of(9, 5)).atZone(Traffic.CHINA).toInstant();
        Instant aDayOn = Instant.now().plus(Duration.ofDays(1));
        Duration offset = Duration.between(Instant.now(), target.isAfter(aDayOn) ? target : aDayOn).truncatedTo(ChronoUnit.MINUTES);
        Instant jumpedAt = Instant.now();
        Scenario.of("clock-forward", "task- and notification-service restarted with the clock " + offset
                        + " ahead (at least a day, to " + nextWorkingDay + " 09:05 China)")
                .alsoChecking(new SweepSawTheNewDay(platform, today, jumpedAt))
                .alsoChecking(new DispatcherSawTheNewDay(platform, jumpedAt, offset))
                .run((traffic, findings) -> {
                    restart(platform, Map.of(OFFSET, offset.toString(), "supervision.warning.sweep-every", "10s"));
                    return Instant.now();
                });
    }

    @Test
    @Order(2)
    void andBackAgainNothingIsSentTwice() throws Exception {
        Scenario.of("clock-back", "task- and notification-service restarted with the true clock again (a day back)")
                .run((traffic, findings) -> {
                    restart(FaultPlatform.get(), Map.of());
                    return Instant.now();
                });
    }

    private static void restart(FaultPlatform platform, Map<String, String> settings) {
        for (String name : CLOCKED) {
            SuiteService service = platform.service(name);
            service.stop();
            service.startAgain(settings);
            Progress.log("  %s restarted with %s", name, settings);
        }
    }

    /** The sweep saw the new day: every open assignment due today (made before the jump) is RED, with exactly one event saying so. */
    private record SweepSawTheNewDay(FaultPlatform platform, LocalDate today, Instant jumpedAt) implements Invariant {

        @Override
        public String name() {
            return "the warning sweep saw the new day: each open assignment due the day before is RED, with exactly one warning-changed event to RED";
        }

        @Override
        public List<String> violations() throws Exception {
            List<String> wrong = new ArrayList<>();
            Set<String> dueToday = new HashSet<>();
            for (Map<String, Object> row : platform.databases.rows(Databases.TASK, """
                    select a.id::text as id, w.warning_level from assignment a join assignment_warning w on w.assignment_id = a.id
                    where a.deadline = ? and a.state not in ('COMPLETED', 'CANCELLED') and a.created_at < ?""",
                    today, java.sql.Timestamp.from(jumpedAt))) {
                dueToday.add((String) row.get("id"));
                if (!"RED".equals(row.get("warning_level"))) {
                    wrong.add("assignment " + row.get("id") + " due " + today + " is " + row.get("warning_level")
                            + " after the jump (does the service read " + OFFSET + "? api/ClockProducer)");
                }
            }
            Map<String, Set<String>> toRed = new HashMap<>();
            for (Topics.Event event : platform.topics.read(Topics.TASK)) {
                if ("supervision.assignment.warning-changed.v1".equals(event.type()) && "RED".equals(event.data().path("toLevel").asText())) {
                    toRed.computeIfAbsent(event.data().path("assignmentId").asText(), k -> new HashSet<>()).add(event.id());
                }
            }
            for (String id : dueToday) {
                int events = toRed.getOrDefault(id, Set.of()).size();
                if (events != 1) {
                    wrong.add("assignment " + id + " has " + events + " warning-changed events to RED");
                }
            }
            return wrong;
        }
    }

    /** The dispatcher saw the new day: reminders that fell due between the jump and the jumped clock are sent (some must exist). */
    private record DispatcherSawTheNewDay(FaultPlatform platform, Instant jumpedAt, Duration offset) implements Invariant {

        @Override
        public String name() {
            return "the reminder dispatcher saw the new day: the reminders that fell due in the jumped day are sent";
        }

        @Override
        public List<String> violations() throws Exception {
            java.sql.Timestamp from = java.sql.Timestamp.from(jumpedAt);
            java.sql.Timestamp to = java.sql.Timestamp.from(jumpedAt.plus(offset).minusSeconds(60));
            long inWindow = platform.databases.count(Databases.NOTIFICATION,
                    "select count(*) from reminder where due_at > ? and due_at <= ? and status <> 'CANCELLED'", from, to);
            long pending = platform.databases.count(Databases.NOTIFICATION,
                    "select count(*) from reminder where due_at > ? and due_at <= ? and status = 'PENDING'", from, to);
            List<String> wrong = new ArrayList<>();
            if (inWindow == 0) {
                wrong.add("no reminder falls due in the jumped day: nothing to prove");
            }
            if (pending > 0) {
                wrong.add(pending + " of " + inWindow + " reminders due in the jumped day are still PENDING (does the service read "
                        + OFFSET + "? api/ClockProducer)");
            }
            return wrong;
        }
    }
}
