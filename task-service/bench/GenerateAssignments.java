import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * Fills task-service's database with N assignments of one benchmark plan (default 100,000), spread
 * over 50 units (QZ-FGW among them), deadlines from 60 days ago to 300 days ahead, all GREEN so that
 * the first warning sweep has real transitions to make. Runs again cleanly: it first removes the
 * previous benchmark plan. LOCAL ONLY: it writes straight into the local suite's database.
 *
 *   java -cp postgresql.jar task-service/bench/GenerateAssignments.java [count] [jdbc-url] [user] [password]
 */
public final class GenerateAssignments {

    static final String PLAN = "00000000-0000-0000-0000-00000000be9c";

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("next-day")) {
            nextDay(args);
            return;
        }
        if (args.length > 0 && args[0].equals("await-events")) {
            awaitEvents(args);
            return;
        }
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:15432/task";
        String user = args.length > 2 ? args[2] : "task";
        String password = args.length > 3 ? args[3] : "task-local-only";
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                s.execute("delete from assignment_audit where assignment_id in (select id from assignment where plan_id = '" + PLAN + "')");
                s.execute("delete from assignment where plan_id = '" + PLAN + "'");
            }
            try (PreparedStatement insert = db.prepareStatement("""
                    insert into assignment (id, plan_id, plan_title, measure_id, measure_number, measure_title, unit_id, unit_code,
                        unit_name, role, deadline, state, version, created_at, updated_at, path, targets, section)
                    select gen_random_uuid(), cast(? as uuid), '基准测试方案',
                           md5('measure' || (g / 50))::uuid, cast(g / 50 + 1 as text), '基准测试措施' || (g / 50 + 1),
                           md5('unit' || (g % 50))::uuid,
                           case when g % 50 = 0 then 'QZ-FGW' else 'BENCH-' || lpad(cast(g % 50 as text), 2, '0') end,
                           '基准单位' || (g % 50),
                           case when g % 50 = 0 then 'LEAD' else 'COOPERATING' end,
                           current_date - 60 + (g % 360),
                           (array['ISSUED', 'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS', 'COMPLETION_REQUESTED', 'COMPLETED'])[g % 6 + 1],
                           0, now() - interval '90 days', now() - interval '90 days', '["一、基准"]', '[]', '一、基准'
                    from generate_series(0, ? - 1) g""")) {
                insert.setString(1, PLAN);
                insert.setInt(2, count);
                insert.executeUpdate();
            }
            try (Statement s = db.createStatement()) {
                s.execute("insert into assignment_warning (assignment_id, warning_level, report_missing, changed_at) "
                        + "select id, 'GREEN', false, created_at from assignment where plan_id = '" + PLAN + "'");
            }
            db.commit();
            // the deleted rows of the previous run are cleaned now, not by an autovacuum in the middle of the load run
            db.setAutoCommit(true);
            try (Statement s = db.createStatement()) {
                s.execute("vacuum analyze assignment");
                s.execute("vacuum analyze assignment_warning");
            }
        }
        System.out.printf("%d assignments of plan %s written in %d ms%n", count, PLAN, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Waits until the outbox relay has handed every recorded warning transition to Kafka (the table
     * is empty) and prints how long that took from now: how long after a sweep its events are out.
     */
    static void awaitEvents(String[] args) throws Exception {
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:15432/task";
        long start = System.nanoTime();
        try (Connection db = DriverManager.getConnection(url, args.length > 2 ? args[2] : "task",
                args.length > 3 ? args[3] : "task-local-only"); Statement s = db.createStatement()) {
            while (true) {
                try (var r = s.executeQuery("select count(*) from warning_transition")) {
                    r.next();
                    if (r.getLong(1) == 0) {
                        break;
                    }
                }
                Thread.sleep(100);
            }
        }
        System.out.printf("every transition handed to Kafka %d ms after the sweep answered%n", (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Moves every benchmark deadline one day earlier, which to the warning sweep is a day passing: the
     * day's overdue and newly yellow work changes level, the rest does not. Vacuumed afterwards, as
     * autovacuum would have done overnight, so the sweep meets the table it would meet in the morning.
     */
    static void nextDay(String[] args) throws Exception {
        String url = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:15432/task";
        try (Connection db = DriverManager.getConnection(url, args.length > 2 ? args[2] : "task",
                args.length > 3 ? args[3] : "task-local-only"); Statement s = db.createStatement()) {
            int moved = s.executeUpdate("update assignment set deadline = deadline - 1 where plan_id = '" + PLAN + "'");
            s.execute("vacuum analyze assignment");
            System.out.printf("a day passes: %d deadlines moved one day earlier%n", moved);
        }
    }
}
