package org.supervision.task.trend;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.supervision.contracts.Topics;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * May to July 2024 of a plan, written as history into the audit trail (today's deadlines are years later, and the
 * plan arrived today): the trend counts per month what was issued, completed on time and late, open and overdue at
 * the month's end with the deadline of then, red and yellow, 催办 and missed reports; plan and unit narrow it; the
 * default range is the twelve months to the current one; bad months are refused by name; each role gets what it may.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class MonthlyTrendTest {

    private static final String TREND = "/api/v1/supervision/trend";

    /** Units of this run only: each test's history is written anew, so "the unit alone" must be its alone. */
    private final String A = "QZ-TRA-" + UUID.randomUUID().toString().substring(0, 8);
    private final String B = "QZ-TRB-" + UUID.randomUUID().toString().substring(0, 8);
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();
    private UUID planId;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void mayToJulyOf2024() {
        planId = UUID.randomUUID();
        MeasureData.UnitData a = IncomingEvents.lead(UUID.randomUUID(), A, "市发展改革委");
        MeasureData.UnitData b = IncomingEvents.lead(UUID.randomUUID(), B, "市财政局");
        LocalDate later = LocalDate.of(2030, 12, 31); // the deadlines now: history must not read these
        kafka.sendCloudEvent(Topics.PLAN, planId.toString(), IncomingEvents.planPublishedV1(planId, "趋势测试方案", 2024,
                IncomingEvents.measure(UUID.randomUUID(), "1", List.of("一、重点任务"), "趋势测试1", later, a),
                IncomingEvents.measure(UUID.randomUUID(), "2", List.of("一、重点任务"), "趋势测试2", later, a),
                IncomingEvents.measure(UUID.randomUUID(), "3", List.of("一、重点任务"), "趋势测试3", later, b),
                IncomingEvents.measure(UUID.randomUUID(), "4", List.of("一、重点任务"), "趋势测试4", later, b)));
        JsonPath page = await(planId, 4);
        String a1 = page.getString("find { it.measureNumber == '1' }.id");
        String a2 = page.getString("find { it.measureNumber == '2' }.id");
        String b3 = page.getString("find { it.measureNumber == '3' }.id");
        String b4 = page.getString("find { it.measureNumber == '4' }.id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> {
            // A's two issued in May, B's two in June (after June's due date for reports)
            created(a1, "2024-05-10 09:00");
            created(a2, "2024-05-10 09:00");
            created(b3, "2024-06-10 09:00");
            created(b4, "2024-06-10 09:00");
            issue(a1, "2024-05-10 09:00", "2024-06-28");
            issue(a2, "2024-05-10 09:00", "2024-06-20");
            issue(b3, "2024-06-10 09:00", "2024-06-25");
            issue(b4, "2024-06-10 09:00", "2024-06-30");
            // A/1 completed on time in June; A/2 open past its deadline, urged in June and in July
            audit(a1, "2024-06-08 10:00", "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", null);
            audit(a2, "2024-06-12 10:00", "URGE", "ACCEPTED", "ACCEPTED", null);
            audit(a2, "2024-07-02 10:00", "URGE", "ACCEPTED", "ACCEPTED", null);
            // B/3 open past its deadline at June's end, completed late in July
            audit(b3, "2024-07-03 10:00", "COMPLETE", "COMPLETION_REQUESTED", "COMPLETED", null);
            // B/4 extended in June to 3 July: due soon (yellow) at June's end, overdue at July's
            audit(b4, "2024-06-28 10:00", "DECIDE_EXTENSION", "ACCEPTED", "ACCEPTED", "2024-07-03");
            // A/1 reported for June's due date (5 June); nobody reported for July's (5 July)
            report(a1, "2024-05-20 10:00");
        });
    }

    @Test
    void eachMonthIsCountedFromHistory() {
        JsonPath trend = trend(TestTokens.supervisor(), planId, null, "2024-05", "2024-07");
        assertEquals("2024-05", trend.getString("from"));
        assertEquals("2024-07", trend.getString("to"));
        assertEquals(List.of("2024-05", "2024-06", "2024-07"), trend.getList("months.month"));
        assertEquals(List.of("2024年5月", "2024年6月", "2024年7月"), trend.getList("months.label"));
        // issued, onTime, late, openAtEnd, overdueAtEnd, red, yellow, urges, missingReports
        assertMonth(trend, "2024-05", 2, 0, 0, 2, 0, 0, 0, 0, 0);
        assertMonth(trend, "2024-06", 2, 1, 0, 3, 2, 2, 1, 1, 1);
        assertMonth(trend, "2024-07", 0, 0, 1, 2, 2, 2, 0, 1, 2);
    }

    @Test
    void planAndUnitNarrowIt() {
        JsonPath a = trend(TestTokens.supervisor(), planId, A, "2024-05", "2024-07");
        assertEquals(A, a.getString("unitCode"));
        assertMonth(a, "2024-05", 2, 0, 0, 2, 0, 0, 0, 0, 0);
        assertMonth(a, "2024-06", 0, 1, 0, 1, 1, 1, 0, 1, 1);
        assertMonth(a, "2024-07", 0, 0, 0, 1, 1, 1, 0, 1, 1);
        // the unit alone, across plans
        JsonPath b = trend(TestTokens.leader(), null, B, "2024-05", "2024-07");
        assertMonth(b, "2024-05", 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertMonth(b, "2024-06", 2, 0, 0, 2, 1, 1, 1, 0, 0);
        assertMonth(b, "2024-07", 0, 0, 1, 1, 1, 1, 0, 0, 1);
        // another plan has none of it
        JsonPath other = trend(TestTokens.supervisor(), UUID.randomUUID(), null, "2024-06", "2024-06");
        assertMonth(other, "2024-06", 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void theDefaultIsTheTwelveMonthsToTheCurrentOneAndCountsWhatWasIssuedNow() {
        UUID fresh = UUID.randomUUID();
        MeasureData.UnitData a = IncomingEvents.lead(UUID.randomUUID(), A, "市发展改革委");
        kafka.sendCloudEvent(Topics.PLAN, fresh.toString(), IncomingEvents.planPublishedV1(fresh, "本月趋势方案", 2026,
                IncomingEvents.measure(UUID.randomUUID(), "1", List.of("一"), "本月1", LocalDate.of(2030, 12, 31), a),
                IncomingEvents.measure(UUID.randomUUID(), "2", List.of("一"), "本月2", LocalDate.of(2030, 12, 31), a)));
        await(fresh, 2);
        YearMonth current = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        JsonPath trend = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", fresh).when().get(TREND)
                .then().statusCode(200).body("months", hasSize(12)).extract().jsonPath();
        assertEquals(current.toString(), trend.getString("to"));
        assertEquals(current.minusMonths(11).toString(), trend.getString("from"));
        assertEquals(current.toString(), trend.getString("months[11].month"));
        assertEquals(current.getYear() + "年" + current.getMonthValue() + "月", trend.getString("months[11].label"));
        assertEquals(2, trend.getInt("months[11].issued"));
        assertEquals(2, trend.getInt("months[11].openAtEnd"));
        assertEquals(0, trend.getInt("months[10].issued"));
        // from alone runs to the current month
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", fresh).queryParam("from", current.minusMonths(2).toString())
                .when().get(TREND).then().statusCode(200).body("months", hasSize(3)).body("months[2].issued", equalTo(2));
    }

    @Test
    void badMonthsAreRefusedByName() {
        refused("2024-13", "2024-07", "from", "month");
        refused("2024-05", "June", "to", "month");
        refused("2024-07", "2024-05", "from", "not-after-to");
        refused("2020-01", "2023-01", "to", "at-most-36-months");
        refused(null, "2099-01", "to", "not-future");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("from", "2020-01").queryParam("to", "2022-12")
                .queryParam("planId", planId).when().get(TREND).then().statusCode(200).body("months", hasSize(36));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", "not-a-uuid").when().get(TREND)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void eachRoleGetsWhatItMay() {
        trend(TestTokens.integration(), planId, null, "2024-06", "2024-06");
        // a unit officer sees their own unit, asked for or not, and no other
        JsonPath own = trend(TestTokens.unitOfficer(A), planId, null, "2024-06", "2024-06");
        assertEquals(A, own.getString("unitCode"));
        assertMonth(own, "2024-06", 0, 1, 0, 1, 1, 1, 0, 1, 1);
        trend(TestTokens.unitOfficer(A), planId, A, "2024-06", "2024-06");
        given().auth().oauth2(TestTokens.unitOfficer(A)).queryParam("unitCode", B).when().get(TREND).then().statusCode(404);
        given().auth().oauth2(TestTokens.token("guest", List.of("guest"), A)).when().get(TREND).then().statusCode(403);
        given().when().get(TREND).then().statusCode(401);
    }

    private static JsonPath trend(String token, UUID plan, String unit, String from, String to) {
        var request = given().auth().oauth2(token).queryParam("from", from).queryParam("to", to);
        if (plan != null) {
            request.queryParam("planId", plan);
        }
        if (unit != null) {
            request.queryParam("unitCode", unit);
        }
        return request.when().get(TREND).then().statusCode(200).extract().jsonPath();
    }

    private static void refused(String from, String to, String field, String rule) {
        var request = given().auth().oauth2(TestTokens.supervisor()).queryParam("to", to);
        if (from != null) {
            request.queryParam("from", from);
        }
        request.when().get(TREND).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo(rule));
    }

    /** issued, completedOnTime, completedLate, openAtEnd, overdueAtEnd, red, yellow, urges, missingReports */
    private static void assertMonth(JsonPath trend, String month, long... n) {
        String line = "months.find { it.month == '%s' }.".formatted(month);
        String[] fields = {"issued", "completedOnTime", "completedLate", "openAtEnd", "overdueAtEnd", "red", "yellow", "urges", "missingReports"};
        for (int i = 0; i < fields.length; i++) {
            assertEquals(n[i], trend.getLong(line + fields[i]), month + " " + fields[i]);
        }
    }

    private void created(String assignment, String at) {
        entityManager.createNativeQuery("update assignment set created_at = cast(:at as timestamptz) where id = cast(:a as uuid)")
                .setParameter("a", assignment).setParameter("at", at + "+08").executeUpdate();
    }

    private void issue(String assignment, String at, String deadline) {
        entityManager.createNativeQuery("""
                insert into assignment_audit (assignment_id, at, actor, action, from_state, to_state, before, after)
                values (cast(:a as uuid), cast(:at as timestamptz), 'plan-service', 'ISSUE', null, 'ISSUED', null, cast(:after as jsonb))""")
                .setParameter("a", assignment).setParameter("at", at + "+08")
                .setParameter("after", "{\"state\": \"ISSUED\", \"deadline\": \"" + deadline + "\"}").executeUpdate();
        audit(assignment, at.substring(0, 10) + " 11:00", "ACCEPT", "ISSUED", "ACCEPTED", null);
    }

    private void audit(String assignment, String at, String action, String from, String to, String deadline) {
        entityManager.createNativeQuery("""
                insert into assignment_audit (assignment_id, at, actor, action, from_state, to_state, before, after)
                values (cast(:a as uuid), cast(:at as timestamptz), 'someone', :action, :from, :to, cast('{}' as jsonb), cast(:after as jsonb))""")
                .setParameter("a", assignment).setParameter("at", at + "+08").setParameter("action", action)
                .setParameter("from", from).setParameter("to", to)
                .setParameter("after", deadline == null ? "{}" : "{\"deadline\": \"" + deadline + "\"}").executeUpdate();
    }

    private void report(String assignment, String at) {
        entityManager.createNativeQuery("""
                insert into progress_report (id, assignment_id, percent, narrative, reported_by, reported_at)
                values (gen_random_uuid(), cast(:a as uuid), 50, '进展', 'officer', cast(:at as timestamptz))""")
                .setParameter("a", assignment).setParameter("at", at + "+08").executeUpdate();
    }

    private static JsonPath await(UUID plan, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan).queryParam("size", 200)
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
            if (page.getList("$").size() >= count || System.nanoTime() > deadline) {
                assertEquals(count, page.getList("$").size());
                return page;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
