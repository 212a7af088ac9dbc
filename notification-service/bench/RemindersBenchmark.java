import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The two figures of the reminders issue, against the running local suite (LOCAL ONLY: it writes
 * straight into notification-service's database and onto the task topic).
 *
 * <p>1. Mass due: N reminders (default 100,000) of N open assignments, all due at the same instant
 * (reminders are due at the send time, 09:00, so a busy morning looks exactly like this). Reports
 * how long after that instant the last one was in the inbox (seen by polling every 100 ms) and the
 * lateness of each one (its inbox item's time minus its due time) as percentiles.
 *
 * <p>2. Event to inbox: assignment-issued events sent to Kafka at a constant rate; the time from
 * sending each to its NEW_ASSIGNMENT inbox item being written, as percentiles.
 *
 *   java -cp postgresql.jar:kafka-clients.jar:slf4j-api.jar RemindersBenchmark.java [count] [events-per-second] [event-seconds]
 */
public final class RemindersBenchmark {

    static final String PLAN = "00000000-0000-0000-0000-0000000be9e1";
    static final int UNITS = 50;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        String url = System.getProperty("db.url", "jdbc:postgresql://127.0.0.1:15432/notification?reWriteBatchedInserts=true");
        try (Connection db = DriverManager.getConnection(url, System.getProperty("db.user", "notification"),
                System.getProperty("db.password", "notification-local-only"))) {
            clean(db);
            massDue(db, count);
            eventToInbox(db, rate, seconds);
            clean(db);
        }
    }

    static void massDue(Connection db, int count) throws Exception {
        System.out.printf("%n== %,d reminders due at the same instant%n", count);
        db.setAutoCommit(false);
        long start = System.nanoTime();
        LocalDate deadline = LocalDate.now().plusDays(30);
        // due far enough ahead that writing them all is over before the first one is due
        Instant due = Instant.now().plusSeconds(20 + count / 10_000);
        try (PreparedStatement tracked = db.prepareStatement("""
                insert into tracked_assignment (assignment_id, plan_id, plan_title, measure_id, measure_number, measure_title,
                    unit_code, unit_name, role, deadline, open, updated_at)
                values (?, ?::uuid, '基准测试方案', ?, ?, '提升企业开办便利度（基准测试）', ?, ?, 'LEAD', ?, true, now())""");
             PreparedStatement reminder = db.prepareStatement("""
                insert into reminder (id, assignment_id, kind, due_at, deadline, status, source_event_id, created_at)
                values (?, ?, 'BEFORE_DEADLINE', ?, ?, 'PENDING', 'benchmark', now())""")) {
            for (int i = 0; i < count; i++) {
                UUID assignment = UUID.randomUUID();
                tracked.setObject(1, assignment);
                tracked.setString(2, PLAN);
                tracked.setObject(3, UUID.randomUUID());
                tracked.setString(4, Integer.toString(i % 60 + 1));
                tracked.setString(5, "BENCH-U%02d".formatted(i % UNITS));
                tracked.setString(6, "基准单位%02d".formatted(i % UNITS));
                tracked.setObject(7, deadline);
                tracked.addBatch();
                reminder.setObject(1, UUID.randomUUID());
                reminder.setObject(2, assignment);
                reminder.setTimestamp(3, Timestamp.from(due));
                reminder.setObject(4, deadline);
                reminder.addBatch();
                if (i % 5_000 == 4_999 || i == count - 1) {
                    tracked.executeBatch();
                    reminder.executeBatch();
                }
            }
        }
        db.commit();
        db.setAutoCommit(true);
        System.out.printf("written in %d ms; due at %s%n", (System.nanoTime() - start) / 1_000_000, due);
        if (Instant.now().isAfter(due)) {
            System.out.println("WARNING: writing took longer than the lead time; lateness below includes it");
        }
        long dueNanos = System.nanoTime() + Duration.between(Instant.now(), due).toNanos();
        LockSupport.parkNanos(Math.max(0, dueNanos - System.nanoTime()));
        long lastSeen = -1;
        long timeout = dueNanos + Duration.ofSeconds(300).toNanos();
        int inInbox = 0;
        while (System.nanoTime() < timeout) {
            inInbox = count(db, "select count(*) from inbox_item where plan_id = '" + PLAN + "'");
            if (inInbox >= count) {
                lastSeen = System.nanoTime();
                break;
            }
            LockSupport.parkNanos(100_000_000L);
        }
        if (lastSeen < 0) {
            System.out.printf("NOT DONE: %,d of %,d in the inbox after 300 s%n", inInbox, count);
            return;
        }
        System.out.printf("all %,d in the inbox %.1f s after they were due (seen by polling every 100 ms)%n",
                count, (lastSeen - dueNanos) / 1e9);
        System.out.println("lateness of each reminder (inbox item written minus due), ms: " + percentiles(db, """
                select extract(epoch from (i.created_at - r.due_at)) * 1000 from inbox_item i
                join reminder r on i.source_event_id = 'reminder:' || r.id
                where i.plan_id = '%s'""".formatted(PLAN)));
    }

    static void eventToInbox(Connection db, int rate, int seconds) throws Exception {
        int events = rate * seconds;
        System.out.printf("%n== event to inbox: %d assignment-issued events at %d/s%n", events, rate);
        Properties props = new Properties();
        props.put("bootstrap.servers", System.getProperty("kafka", "127.0.0.1:19092"));
        props.put("acks", "all");
        props.put("linger.ms", "0");
        String[] ids = new String[events];
        long[] sentAtMillis = new long[events];
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            long interval = 1_000_000_000L / rate;
            long next = System.nanoTime();
            for (int i = 0; i < events; i++) {
                LockSupport.parkNanos(next - System.nanoTime());
                next += interval;
                UUID assignment = UUID.randomUUID();
                ids[i] = UUID.randomUUID().toString();
                String payload = """
                        {"specversion": "1.0", "id": "%s", "source": "/benchmark", "type": "supervision.assignment.issued.v1",
                         "subject": "%s", "time": "%s", "data": {"assignmentId": "%s", "planId": "%s", "planTitle": "基准测试方案",
                         "measureId": "%s", "measureNumber": "%d", "measureTitle": "提升企业开办便利度（基准测试）", "unitId": "%s",
                         "unitCode": "BENCH-E2E", "unitName": "基准单位", "role": "LEAD", "deadline": "%s"}}"""
                        .formatted(ids[i], assignment, Instant.now(), assignment, PLAN, UUID.randomUUID(), i + 1,
                                UUID.randomUUID(), LocalDate.now().plusDays(90));
                sentAtMillis[i] = System.currentTimeMillis();
                ProducerRecord<String, String> record = new ProducerRecord<>("supervision.task.v1", assignment.toString(), payload);
                record.headers().add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
                producer.send(record);
            }
            producer.flush();
        }
        long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (count(db, "select count(*) from inbox_item where unit_code = 'BENCH-E2E'") < events
                && System.nanoTime() < waitUntil) {
            LockSupport.parkNanos(100_000_000L);
        }
        List<Double> latencies = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement(
                "select created_at from inbox_item where unit_code = 'BENCH-E2E' and source_event_id = ?")) {
            for (int i = 0; i < events; i++) {
                q.setString(1, ids[i]);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        latencies.add((double) (rs.getTimestamp(1).getTime() - sentAtMillis[i]));
                    }
                }
            }
        }
        System.out.printf("%d of %d events have their inbox item; send to inbox item, ms: %s%n", latencies.size(), events,
                percentiles(latencies));
    }

    static String percentiles(Connection db, String valuesQuery) throws Exception {
        List<Double> values = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(valuesQuery)) {
            while (rs.next()) {
                values.add(rs.getDouble(1));
            }
        }
        return percentiles(values);
    }

    static String percentiles(List<Double> values) {
        if (values.isEmpty()) {
            return "(none)";
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return "p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (n=%d)".formatted(at(v, 0.50), at(v, 0.90), at(v, 0.99), v[v.length - 1], v.length);
    }

    static double at(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    static int count(Connection db, String query) throws Exception {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(query)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Removes what an earlier run left: the benchmark plan's and the benchmark unit's rows. */
    static void clean(Connection db) throws Exception {
        db.setAutoCommit(true);
        try (Statement s = db.createStatement()) {
            s.execute("delete from delivery where reminder_id in (select r.id from reminder r join tracked_assignment a "
                    + "on a.assignment_id = r.assignment_id where a.plan_id = '" + PLAN + "')");
            s.execute("delete from inbox_item where plan_id = '" + PLAN + "' or unit_code = 'BENCH-E2E'");
            s.execute("delete from reminder where assignment_id in (select assignment_id from tracked_assignment where plan_id = '"
                    + PLAN + "')");
            s.execute("delete from tracked_assignment where plan_id = '" + PLAN + "'");
        }
    }
}
