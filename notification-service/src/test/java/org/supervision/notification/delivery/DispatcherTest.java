package org.supervision.notification.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.await;
import static org.supervision.notification.testing.TaskEventFixtures.issued;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.notification.reminder.ReminderSettings;
import org.supervision.notification.testing.TestClock;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Two replicas never send a reminder twice, and a restarted one sends what was left pending. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class DispatcherTest {

    static final Instant FRIDAY_MORNING = Instant.parse("2024-09-20T01:00:00Z");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject TestClock clock;
    @Inject EntityManager entityManager;
    @Inject ReminderLateness lateness;
    @Inject ReminderDelivery delivery;
    @Inject OutboundWindow window;
    @Inject ReminderSettings settings;
    @Inject FailedReminders failed;

    @BeforeEach
    void friday() {
        clock.set(FRIDAY_MORNING);
    }

    /** A dispatcher as a freshly started replica has it: a new object over the same database. */
    private Dispatcher replica() {
        return new Dispatcher(entityManager, delivery, window, settings, failed, lateness);
    }

    @Test
    void twoReplicasClaimingTogetherDeliverEachReminderExactlyOnce() throws Exception {
        String unit = "QZ-DUO-" + UUID.randomUUID().toString().substring(0, 8);
        List<UUID> assignments = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            UUID assignment = UUID.randomUUID();
            assignments.add(assignment);
            // late: an overdue reminder and an escalation, both due now
            kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                    issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), unit, LocalDate.of(2024, 9, 10)));
        }
        await("50 due reminders", Duration.ofSeconds(30), () -> count("""
                select count(*) from reminder r join tracked_assignment a on a.assignment_id = r.assignment_id
                where a.unit_code = ?1 and r.due_at <= ?2""", unit) == 50);

        Dispatcher first = replica();
        Dispatcher second = replica();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent = new ArrayList<>();
            for (Dispatcher dispatcher : List.of(first, second)) {
                Callable<Integer> drain = () -> {
                    start.await();
                    int total = 0;
                    for (int batch = dispatcher.dispatchDue(FRIDAY_MORNING, 3); batch > 0;
                         batch = dispatcher.dispatchDue(FRIDAY_MORNING, 3)) {
                        total += batch;
                    }
                    return total;
                };
                sent.add(threads.submit(drain));
            }
            start.countDown();
            int total = sent.get(0).get() + sent.get(1).get();
            assertTrue(total >= 50, "both together sent every due reminder, sent " + total);
        } finally {
            threads.shutdownNow();
        }

        assertEquals(0, count("""
                select count(*) from reminder r join tracked_assignment a on a.assignment_id = r.assignment_id
                where a.unit_code = ?1 and r.due_at <= ?2 and r.status <> 'SENT'""", unit));
        assertEquals(50, count("select count(*) from inbox_item where unit_code = ?1 and kind in ('OVERDUE', 'ESCALATION') and created_at <= ?2", unit));
        assertEquals(50, count("""
                select count(distinct d.reminder_id) from delivery d where d.channel = 'INBOX' and d.recipient = ?1
                and d.created_at <= ?2""", unit));
        assertEquals(50, count("select count(*) from delivery where channel = 'INBOX' and recipient = ?1 and created_at <= ?2", unit));
    }

    @Test
    void aRestartedReplicaSendsWhatWasPersistedPending() {
        String unit = "QZ-RST-" + UUID.randomUUID().toString().substring(0, 8);
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, UUID.randomUUID(), unit, LocalDate.of(2024, 10, 8)));
        await("the schedule", Duration.ofSeconds(20), () -> count(
                "select count(*) from reminder r where r.assignment_id in (select assignment_id from tracked_assignment "
                        + "where unit_code = ?1) and r.due_at > ?2 and r.status = 'PENDING'", unit) == 10);

        // the reminders live in the database, not in the process that computed them: a new dispatcher,
        // started after the "restart", sends the ones due by Monday 9-30 (7 and 3 and 1 working days before)
        Instant monday = Instant.parse("2024-09-30T01:00:00Z");
        Dispatcher restarted = replica();
        while (restarted.dispatchDue(monday, 20) > 0) {
            // drain
        }
        assertEquals(3, count("select count(*) from inbox_item where unit_code = ?1 and kind = 'REMINDER' and created_at >= ?2", unit));
        assertEquals(7, count("select count(*) from reminder r join tracked_assignment a on a.assignment_id = r.assignment_id "
                + "where a.unit_code = ?1 and r.status = 'PENDING' and r.created_at >= ?2", unit));
        String body = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select body from inbox_item where unit_code = ?1 and kind = 'REMINDER' order by created_at limit 1")
                .setParameter(1, unit).getSingleResult());
        assertEquals("《钦州市优化营商环境实施方案》第3项措施“提升企业开办便利度”（市发展改革委）完成时限为2024年10月8日，"
                + "距完成时限还有1个工作日，请抓紧办理并及时报送进展。", body);
    }

    private long count(String sql, String unit) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter(1, unit).setParameter(2, FRIDAY_MORNING.atOffset(java.time.ZoneOffset.UTC))
                .getSingleResult()).longValue());
    }
}
