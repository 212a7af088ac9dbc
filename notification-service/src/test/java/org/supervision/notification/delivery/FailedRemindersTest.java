package org.supervision.notification.delivery;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.hibernate.Session;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.inbox.InboxItemKind;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.testing.TestClock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A reminder whose data cannot be sent no longer holds back its batch, run after run: the others are
 * sent, it is FAILED with a short reason (shown to supervisors, logged, counted), never claimed again,
 * and a supervisor can resend it once its data is fixed.
 *
 * <p>The bad reminder is a reporting reminder of a plan whose reporting cycle this version has no
 * words for ({@code SEMIMONTHLY}): the column takes any text, only the event consumer checks it, so a
 * cycle written by hand or by a newer version gets there. A value too long for a column can no longer
 * come from the data (titles are headlines since V5), so that failure is provoked on the batch writer
 * itself, against the real table. The rows are written as the consumer writes them, due on days of
 * 2020 that no other test uses, so that each test's batch holds its own reminders only.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class FailedRemindersTest {

    private static final String UNWORDABLE_CYCLE = "SEMIMONTHLY";

    @Inject TestClock clock;
    @Inject Dispatcher dispatcher;
    @Inject EntityManager entityManager;
    @Inject ReminderLateness lateness;
    @Inject ReminderDelivery delivery;
    @Inject OutboundWindow window;
    @Inject ReminderSettings settings;
    @Inject FailedReminders failed;
    @Inject MeterRegistry registry;

    /** Every reminder a test wrote: whatever a failed assertion left PENDING must not reach another test's batch. */
    private final List<UUID> written = new ArrayList<>();
    /** Every plan a test gave a cycle: the reporting top-up of other tests reads every plan's cycle. */
    private final List<UUID> cycles = new ArrayList<>();

    @AfterEach
    void removeWhatIsLeft() {
        QuarkusTransaction.requiringNew().run(() -> {
            entityManager.createNativeQuery("update reminder set status = 'CANCELLED' where id in (?1) and status = 'PENDING'")
                    .setParameter(1, written.isEmpty() ? List.of(UUID.randomUUID()) : written).executeUpdate();
            entityManager.createNativeQuery("delete from reporting_cycle where plan_id in (?1)")
                    .setParameter(1, cycles.isEmpty() ? List.of(UUID.randomUUID()) : cycles).executeUpdate();
        });
    }

    @Test
    void aReminderThatCannotBeWordedIsFailedAndTheRestOfItsBatchIsSent() {
        Instant monday = Instant.parse("2020-01-06T01:00:00Z"); // 09:00 in Beijing
        clock.set(monday);
        List<UUID> good = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            good.add(overdue(trackedAssignment(UUID.randomUUID(), "QZ-OK" + i + "-" + suffix()), monday));
        }
        UUID plan = UUID.randomUUID();
        String unit = "QZ-BAD-" + suffix();
        trackedAssignment(plan, unit);
        cycle(plan, UNWORDABLE_CYCLE);
        UUID bad = reportDueSoon(plan, unit, LocalDate.of(2020, 1, 9), monday);
        good.add(overdue(trackedAssignment(UUID.randomUUID(), "QZ-OK9-" + suffix()), monday)); // after it in the batch, too
        double failedBefore = failedCount("REPORT_DUE_SOON");

        Captured log = Captured.on(FailedReminders.class.getName());
        try {
            assertEquals(8, dispatcher.dispatchDue(monday, 500), "seven sent and one FAILED, in one run");
        } finally {
            log.stop();
        }

        for (UUID reminder : good) {
            assertEquals("SENT", status(reminder));
            assertEquals(1, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", reminder));
            assertEquals(1, count("select count(*) from delivery where reminder_id = ?1 and channel = 'INBOX'", reminder));
        }
        assertEquals("FAILED", status(bad));
        String reason = text("select failure_reason from reminder where id = ?1", bad);
        assertTrue(reason.startsWith("MissingResourceException: ") && reason.contains("frequency." + UNWORDABLE_CYCLE), reason);
        assertEquals(monday.atOffset(ZoneOffset.UTC), failedAt(bad));
        assertEquals(0, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", bad));
        assertEquals(0, count("select count(*) from delivery where reminder_id = ?1", bad));
        assertEquals(failedBefore + 1, failedCount("REPORT_DUE_SOON"));
        List<String> warnings = log.lines(Level.WARNING);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("reminder " + bad + " (REPORT_DUE_SOON, unit " + unit + ") cannot be sent and is FAILED: " + reason,
                warnings.get(0));

        // supervisors see it with its reason, where they see the unit's reminders
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan).queryParam("unitCode", unit)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("find { it.id == '%s' }.status".formatted(bad), equalTo("FAILED"))
                .body("find { it.id == '%s' }.failureReason".formatted(bad), equalTo(reason))
                .body("find { it.id == '%s' }.failedAt".formatted(bad), equalTo("2020-01-06T01:00:00Z"));

        // the next runs leave it alone and send nothing twice
        Instant later = monday.plusSeconds(3600);
        assertEquals(0, dispatcher.dispatchDue(later, 500));
        assertEquals("FAILED", status(bad));
        assertEquals(monday.atOffset(ZoneOffset.UTC), failedAt(bad), "not tried again");
        for (UUID reminder : good) {
            assertEquals(1, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", reminder));
            assertEquals(1, count("select count(*) from delivery where reminder_id = ?1", reminder));
        }
        assertEquals(failedBefore + 1, failedCount("REPORT_DUE_SOON"));
    }

    @Test
    void twoReplicasSettlingTheSameFailedBatchSendEachGoodReminderOnceAndFailTheBadOneOnce() throws Exception {
        Instant tuesday = Instant.parse("2020-01-07T01:00:00Z");
        clock.set(tuesday);
        String prefix = "QZ-TWO-" + suffix();
        for (int i = 0; i < 20; i++) {
            overdue(trackedAssignment(UUID.randomUUID(), prefix + "-" + i), tuesday);
        }
        UUID plan = UUID.randomUUID();
        trackedAssignment(plan, prefix + "-BAD");
        cycle(plan, UNWORDABLE_CYCLE);
        UUID bad = reportDueSoon(plan, prefix + "-BAD", LocalDate.of(2020, 1, 9), tuesday);
        double failedBefore = failedCount("REPORT_DUE_SOON");

        // both claim from the same due rows at once; small batches, so both meet the bad one's batch
        List<Dispatcher> replicas = List.of(replica(), replica());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> settled = new ArrayList<>();
            for (Dispatcher replica : replicas) {
                Callable<Integer> drain = () -> {
                    start.await();
                    int total = 0;
                    for (int batch = replica.dispatchDue(tuesday, 4); batch > 0; batch = replica.dispatchDue(tuesday, 4)) {
                        total += batch;
                    }
                    return total;
                };
                settled.add(threads.submit(drain));
            }
            start.countDown();
            assertEquals(21, settled.get(0).get() + settled.get(1).get(), "every reminder settled by exactly one of them");
        } finally {
            threads.shutdownNow();
        }

        assertEquals(20, count("""
                select count(*) from reminder r join tracked_assignment a on a.assignment_id = r.assignment_id
                where a.unit_code like ?1 || '-%' and r.status = 'SENT'""", prefix));
        assertEquals(20, count("select count(*) from inbox_item where unit_code like ?1 || '-%'", prefix));
        assertEquals(20, count("select count(*) from delivery where channel = 'INBOX' and recipient like ?1 || '-%'", prefix));
        assertEquals("FAILED", status(bad));
        assertEquals(failedBefore + 1, failedCount("REPORT_DUE_SOON"), "marked, logged and counted once");
    }

    /**
     * A rolling upgrade: a newer replica wrote a kind this version has no words for. This replica sends
     * the rest of the batch and leaves that one PENDING, neither FAILED nor shown half-read, and a replica
     * that knows the kind sends it.
     */
    @Test
    void aReminderOfANewerVersionsKindWaitsForAReplicaThatKnowsIt() {
        Instant saturday = Instant.parse("2020-01-11T01:00:00Z");
        clock.set(saturday);
        List<UUID> good = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            good.add(overdue(trackedAssignment(UUID.randomUUID(), "QZ-KND" + i + "-" + suffix()), saturday));
        }
        UUID newerAssignment = trackedAssignment(UUID.randomUUID(), "QZ-KNB-" + suffix());
        UUID newer = overdue(newerAssignment, saturday);
        // the column takes any text; this version's entity only the kinds it knows
        kind(newer, "HOLIDAY_GREETING");
        try {
            assertEquals(3, dispatcher.dispatchDue(saturday, 500));
            for (UUID reminder : good) {
                assertEquals("SENT", status(reminder));
                assertEquals(1, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", reminder));
            }
            assertEquals("PENDING", status(newer));
            assertNull(text("select failure_reason from reminder where id = ?1", newer));
            assertEquals(0, dispatcher.dispatchDue(saturday.plusSeconds(60), 500), "not claimed by this version, run after run");

            // this version lists what it can read, and refuses to resend what it cannot word
            given().auth().oauth2(TestTokens.supervisor()).queryParam("assignmentId", newerAssignment)
                    .get("/api/v1/reminders").then().statusCode(200).body("size()", equalTo(0));
            given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + newer + "/resend").then()
                    .statusCode(409).contentType("application/problem+json")
                    .body("type", endsWith("/reminder-kind-unknown")).body("detail", containsString("HOLIDAY_GREETING"));
            assertEquals("PENDING", status(newer));

            kind(newer, "OVERDUE"); // as a replica that knows the kind sees it
            assertEquals(1, dispatcher.dispatchDue(saturday.plusSeconds(120), 500));
            assertEquals("SENT", status(newer));
        } finally {
            // no other test's query may meet a row its entity cannot read
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "delete from reminder where id = ?1 and kind <> 'OVERDUE'").setParameter(1, newer).executeUpdate());
        }
    }

    @Test
    void aBatchInWhichEveryReminderFailsStaysPendingUntilTheCauseIsFixed() {
        Instant wednesday = Instant.parse("2020-01-08T01:00:00Z");
        clock.set(wednesday);
        UUID plan = UUID.randomUUID();
        cycle(plan, UNWORDABLE_CYCLE);
        List<UUID> reminders = new ArrayList<>();
        for (int i = 0; i < FailedBatch.AS_A_WHOLE_AFTER + 1; i++) {
            String unit = "QZ-ALL" + i + "-" + suffix();
            trackedAssignment(plan, unit);
            reminders.add(reportDueSoon(plan, unit, LocalDate.of(2020, 1, 13), wednesday));
        }

        // as a defect in the wording would: nothing to tell good from bad, so nothing is marked FAILED
        assertThrows(RuntimeException.class, () -> dispatcher.dispatchDue(wednesday, 500));
        for (UUID reminder : reminders) {
            assertEquals("PENDING", status(reminder));
            assertNull(text("select failure_reason from reminder where id = ?1", reminder));
        }

        cycle(plan, "MONTHLY");
        assertEquals(reminders.size(), dispatcher.dispatchDue(wednesday, 500));
        for (UUID reminder : reminders) {
            assertEquals("SENT", status(reminder));
            assertEquals(1, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", reminder));
        }
    }

    @Test
    void aSupervisorResendsAFailedReminderOnceItsDataIsFixed() {
        Instant thursday = Instant.parse("2020-01-09T01:00:00Z");
        clock.set(thursday);
        UUID plan = UUID.randomUUID();
        String unit = "QZ-RES-" + suffix();
        trackedAssignment(plan, unit);
        cycle(plan, UNWORDABLE_CYCLE);
        UUID bad = reportDueSoon(plan, unit, LocalDate.of(2020, 1, 14), thursday);
        UUID other = overdue(trackedAssignment(UUID.randomUUID(), "QZ-RSO-" + suffix()), thursday);
        assertEquals(2, dispatcher.dispatchDue(thursday, 500));
        assertEquals("FAILED", status(bad));

        given().auth().oauth2(TestTokens.leader()).post("/api/v1/reminders/" + bad + "/resend").then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + other + "/resend").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/not-resendable"));
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + UUID.randomUUID() + "/resend")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/not-an-id/resend")
                .then().statusCode(org.hamcrest.Matchers.lessThan(500));

        // resent before the data is fixed: tried once more, FAILED again, with the time of that try
        Instant later = thursday.plusSeconds(600);
        clock.set(later);
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + bad + "/resend").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("failedAt", equalTo("2020-01-09T01:00:00Z"));
        assertEquals(1, dispatcher.dispatchDue(later, 500));
        assertEquals("FAILED", status(bad));
        assertEquals(later.atOffset(ZoneOffset.UTC), failedAt(bad));

        // fixed: resent, sent once; the failure stays as its history
        cycle(plan, "MONTHLY");
        Instant fixed = later.plusSeconds(600);
        clock.set(fixed);
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + bad + "/resend").then().statusCode(200);
        assertEquals(1, dispatcher.dispatchDue(fixed, 500));
        assertEquals("SENT", status(bad));
        assertEquals(1, count("select count(*) from inbox_item where source_event_id = 'reminder:' || ?1", bad));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan).queryParam("unitCode", unit)
                .get("/api/v1/reminders").then().statusCode(200)
                .body("find { it.id == '%s' }.status".formatted(bad), equalTo("SENT"))
                .body("find { it.id == '%s' }.failedAt".formatted(bad), equalTo("2020-01-09T01:10:00Z"));
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + bad + "/resend").then().statusCode(409);
    }

    @Test
    void aFailedReminderWhoseDayHasPassedIsNotResent() {
        Instant friday = Instant.parse("2020-01-10T01:00:00Z");
        clock.set(friday);
        UUID plan = UUID.randomUUID();
        String unit = "QZ-OLD-" + suffix();
        trackedAssignment(plan, unit);
        cycle(plan, UNWORDABLE_CYCLE);
        UUID bad = reportDueSoon(plan, unit, LocalDate.of(2020, 1, 15), friday);
        assertEquals(1, dispatcher.dispatchDue(friday, 500));
        cycle(plan, "MONTHLY");

        clock.set(Instant.parse("2020-01-16T01:00:00Z")); // the report was due on the 15th: "due soon" would be false now
        given().auth().oauth2(TestTokens.supervisor()).post("/api/v1/reminders/" + bad + "/resend").then().statusCode(409)
                .contentType("application/problem+json").body("type", org.hamcrest.Matchers.endsWith("/reminder-outdated"));
        assertEquals("FAILED", status(bad));
    }

    @Test
    void aValueTooLongForItsColumnIsTheRemindersFailureAndNeitherItsReasonNorTheLogQuotesTheText() {
        String secretText = "不应出现在日志中的正文";
        DispatchedBatch batch = new DispatchedBatch(Instant.parse("2020-01-06T01:00:00Z"));
        batch.inbox(UUID.randomUUID(), "QZ-LONG", InboxItemKind.REMINDER, secretText.repeat(50), secretText, null, null);

        Captured log = Captured.on("");
        RuntimeException thrown;
        try {
            thrown = assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(
                    () -> entityManager.unwrap(Session.class).doWork(batch::write)));
        } finally {
            log.stop();
        }

        DispatchFailure failure = DispatchFailure.of(thrown);
        assertTrue(failure.ofTheReminders(), failure.reason());
        assertTrue(failure.reason().contains("value too long for type character varying(500)"), failure.reason());
        assertTrue(failure.reason().contains("22001"), failure.reason());
        assertFalse(failure.reason().contains(secretText), "no value of the statement: " + failure.reason());
        assertFalse(log.everything().isEmpty(), "Hibernate logs a failed statement");
        for (String line : log.everything()) {
            assertFalse(line.contains(secretText), "the driver's message quotes the values (logServerErrorDetail): " + line);
        }
    }

    // ---------------------------------------------------------------------------------------------

    private Dispatcher replica() {
        return new Dispatcher(entityManager, delivery, window, settings, failed, lateness);
    }

    /** As ReminderPlanner keeps it from assignment.issued; returns the assignment. */
    private UUID trackedAssignment(UUID plan, String unit) {
        UUID assignment = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into tracked_assignment (assignment_id, plan_id, plan_title, measure_id, measure_number,
                            measure_title, unit_code, unit_name, role, deadline, open, state, report_missing, updated_at)
                        values (?1, ?2, '钦州市优化营商环境实施方案', ?3, '3', '提升企业开办便利度', ?4, '市发展改革委', 'LEAD',
                            date '2019-12-20', true, 'ACCEPTED', false, now())""")
                .setParameter(1, assignment).setParameter(2, plan).setParameter(3, UUID.randomUUID()).setParameter(4, unit)
                .executeUpdate());
        return assignment;
    }

    /** An OVERDUE reminder of the assignment (deadline 2019-12-20), as ReminderPlanner writes it. */
    private UUID overdue(UUID assignment, Instant dueAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, kind, due_at, deadline, status, source_event_id, created_at)
                        values (?1, ?2, 'OVERDUE', ?3, date '2019-12-20', 'PENDING', 'failed-reminders-test', ?3)""")
                .setParameter(1, id).setParameter(2, assignment).setParameter(3, dueAt.atOffset(ZoneOffset.UTC)).executeUpdate());
        written.add(id);
        return id;
    }

    /** A unit's reporting reminder in a plan, as ReportingReminders writes it. */
    private UUID reportDueSoon(UUID plan, String unit, LocalDate reportDue, Instant dueAt) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into reminder (id, assignment_id, plan_id, unit_code, kind, due_at, deadline, status,
                            source_event_id, created_at)
                        values (?1, null, ?2, ?3, 'REPORT_DUE_SOON', ?4, ?5, 'PENDING', 'failed-reminders-test', ?4)""")
                .setParameter(1, id).setParameter(2, plan).setParameter(3, unit).setParameter(4, dueAt.atOffset(ZoneOffset.UTC))
                .setParameter(5, reportDue).executeUpdate());
        written.add(id);
        return id;
    }

    /** The plan's reporting cycle as the table takes it: any frequency, checked only by the event consumer. */
    private void cycle(UUID plan, String frequency) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into reporting_cycle (plan_id, frequency, due_day, version, updated_at)
                        values (?1, ?2, 15, 1, now())
                        on conflict (plan_id) do update set frequency = excluded.frequency""")
                .setParameter(1, plan).setParameter(2, frequency).executeUpdate());
        cycles.add(plan);
    }

    private void kind(UUID reminder, String kind) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update reminder set kind = ?2 where id = ?1")
                .setParameter(1, reminder).setParameter(2, kind).executeUpdate());
    }

    private String status(UUID reminder) {
        return text("select status from reminder where id = ?1", reminder);
    }

    private OffsetDateTime failedAt(UUID reminder) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Object at = entityManager.createNativeQuery("select failed_at from reminder where id = ?1")
                    .setParameter(1, reminder).getSingleResult();
            return at == null ? null : at instanceof OffsetDateTime offset ? offset.withOffsetSameInstant(ZoneOffset.UTC)
                    : ((Instant) at).atOffset(ZoneOffset.UTC);
        });
    }

    private String text(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult());
    }

    private long count(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, parameter).getSingleResult()).longValue());
    }

    private double failedCount(String kind) {
        Counter counter = registry.find(FailedReminders.METRIC).tag("kind", kind).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Keeps one logger's records while a test runs. */
    static final class Captured extends Handler {

        private final Logger logger;
        private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

        private Captured(Logger logger) {
            this.logger = logger;
        }

        /** The logger of a category, "" for every logger. */
        static Captured on(String category) {
            Captured captured = new Captured(Logger.getLogger(category));
            captured.logger.addHandler(captured);
            return captured;
        }

        List<String> lines(Level level) {
            return records.stream().filter(r -> r.getLevel().intValue() == level.intValue()).map(ExtLogRecord::getFormattedMessage).toList();
        }

        /** Every message and every message of an exception logged with it. */
        List<String> everything() {
            List<String> texts = new ArrayList<>();
            for (ExtLogRecord record : records) {
                texts.add(record.getFormattedMessage());
                for (Throwable t = record.getThrown(); t != null && t.getCause() != t; t = t.getCause()) {
                    texts.add(String.valueOf(t.getMessage()));
                }
            }
            return texts;
        }

        void stop() {
            logger.removeHandler(this);
        }

        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord ext) {
                records.add(ext);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
