package org.supervision.task.supervision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.contracts.Topics;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.task.testing.IncomingEvents;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Warning levels: right when work arrives, kept right by the sweep, published once per transition. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class WarningLevelsTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager entityManager;

    @Test
    void levelsFollowDeadlinesReportsAndTheCalendarAndEachTransitionIsPublishedOnce() {
        LocalDate today = LocalDate.now(CHINA);
        LocalDate yellow = calendar.addWorkingDays(today, 2);
        LocalDate green = calendar.addWorkingDays(today, 30);
        UUID planId = UUID.randomUUID();
        publish(planId, List.of(today.minusDays(1), yellow, green));
        JsonPath page = await(planId, 3);
        assertEquals("RED", level(page, "1"));
        assertEquals("YELLOW", level(page, "2"));
        assertEquals("GREEN", level(page, "3"));

        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("warningLevel", "RED,YELLOW")
                .when().get("/api/v1/assignments").then().statusCode(200).body("measureNumber", contains("1", "2"));

        // a monthly cycle; measure 3's assignment dates from before the last due date and never reported
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId)
                .then().statusCode(200).body("frequency", equalTo("MONTHLY"));
        String third = page.getString("find { it.measureNumber == '3' }.id");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set created_at = now() - interval '70 days' where id = cast(:id as uuid)")
                .setParameter("id", third).executeUpdate());

        sweep();
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + third)
                .then().statusCode(200).body("warningLevel", equalTo("YELLOW")).body("reportMissing", equalTo(true));
        sweep(); // nothing moved: nothing published
        List<String> transitions = kafka.awaitAll("supervision.task.v1",
                r -> r.value().contains(third) && r.value().contains(WarningChanged.TYPE), 1, Duration.ofSeconds(20))
                .stream().map(r -> JsonPath.from(r.value()).getString("data.fromLevel") + ">" + JsonPath.from(r.value()).getString("data.toLevel"))
                .toList();
        assertEquals(List.of("GREEN>YELLOW"), transitions);

        // the unit reports: the missing report is no longer missing, at once
        String fgw = TestTokens.unitOfficer("QZ-FGW");
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag(third)).body("{}")
                .when().post("/api/v1/assignments/" + third + "/accept").then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"percent\": 10, \"narrative\": \"本月进展\"}")
                .when().post("/api/v1/assignments/" + third + "/reports").then().statusCode(201);
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + third)
                .then().statusCode(200).body("warningLevel", equalTo("GREEN")).body("reportMissing", equalTo(false));

        // a deadline that passes turns the work red at the next sweep, once
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set deadline = cast(:d as date) where id = cast(:id as uuid)")
                .setParameter("d", today.minusDays(2)).setParameter("id", third).executeUpdate());
        sweep();
        sweep();
        given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + third)
                .then().statusCode(200).body("warningLevel", equalTo("RED"));
        long toRed = kafka.awaitAll("supervision.task.v1", r -> r.value().contains(third) && r.value().contains(WarningChanged.TYPE), 2,
                Duration.ofSeconds(20)).stream().filter(r -> "RED".equals(JsonPath.from(r.value()).getString("data.toLevel"))).count();
        assertEquals(1, toRed);
    }

    @Test
    void oneSweepPublishesOneDistinctEventPerTransition() {
        LocalDate green = calendar.addWorkingDays(LocalDate.now(CHINA), 30);
        UUID planId = UUID.randomUUID();
        publish(planId, List.of(green, green, green));
        await(planId, 3);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"WEEKLY\", \"dueDay\": 1}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set created_at = now() - interval '30 days' where plan_id = cast(:p as uuid)")
                .setParameter("p", planId.toString()).executeUpdate());
        sweep();
        var events = kafka.awaitAll("supervision.task.v1",
                r -> r.value().contains(planId.toString()) && r.value().contains(WarningChanged.TYPE), 3, Duration.ofSeconds(20));
        assertEquals(3, events.stream().map(r -> JsonPath.from(r.value()).getString("id")).distinct().count());
        assertEquals(3, events.stream().map(r -> JsonPath.from(r.value()).getString("data.assignmentId")).distinct().count());
    }

    @Test
    void aReportGoingMissingIsPublishedAlthoughTheLevelStaysAndOnlyOnce() {
        // due in 2 working days: YELLOW already, so a missing report changes the flag and not the level
        LocalDate yellow = calendar.addWorkingDays(LocalDate.now(CHINA), 2);
        UUID planId = UUID.randomUUID();
        publish(planId, List.of(yellow));
        String id = await(planId, 1).getString("[0].id");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + planId).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set created_at = now() - interval '70 days' where id = cast(:id as uuid)")
                .setParameter("id", id).executeUpdate());

        sweep();
        assertEquals(0, given().auth().oauth2(TestTokens.supervisor()).when().post("/api/v1/supervision/warning-sweep")
                .then().statusCode(200).extract().jsonPath().getInt("transitions"), "nothing moved: nothing published");
        List<JsonPath> events = kafka.awaitAll("supervision.task.v1",
                        r -> r.value().contains(id) && r.value().contains(WarningChanged.TYPE), 1, Duration.ofSeconds(20))
                .stream().map(r -> JsonPath.from(r.value())).toList();
        assertEquals(1, events.size());
        assertEquals("YELLOW>YELLOW missing false>true", events.get(0).getString("data.fromLevel") + ">"
                + events.get(0).getString("data.toLevel") + " missing " + events.get(0).getString("data.previousReportMissing")
                + ">" + events.get(0).getString("data.reportMissing"));
    }

    @Test
    void aSweptLevelReachesSyncingClientsWithoutMakingTheirETagStale() {
        LocalDate green = calendar.addWorkingDays(LocalDate.now(CHINA), 30);
        UUID planId = UUID.randomUUID();
        publish(planId, List.of(green, green));
        JsonPath page = await(planId, 2);
        String late = page.getString("find { it.measureNumber == '1' }.id");
        String since = page.getList("updatedAt", String.class).stream().max(String::compareTo).orElseThrow();
        String etag = etag(late);
        // the deadline moves without the row's updated_at (as a day passing does): only the sweep notices
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update assignment set deadline = current_date - 3 where id = cast(:id as uuid)")
                .setParameter("id", late).executeUpdate());
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("updatedSince", since)
                .when().get("/api/v1/assignments").then().statusCode(200).body("$", hasSize(0));

        sweep();
        JsonPath changed = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId)
                .queryParam("updatedSince", since).queryParam("sort", "UPDATED_DESC")
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(late), changed.getList("id"));
        assertEquals("RED", changed.getString("[0].warningLevel"));
        assertTrue(changed.getString("[0].updatedAt").compareTo(since) > 0, "updatedAt moves with the warning");
        // the same list for the unit's officer, and sorted by the time the client saw change
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("planId", planId).queryParam("sort", "UPDATED_DESC")
                .when().get("/api/v1/assignments").then().statusCode(200).body("[0].id", equalTo(late));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SCJG")).queryParam("planId", planId).queryParam("updatedSince", since)
                .when().get("/api/v1/assignments").then().statusCode(200).body("$", hasSize(0));
        // the sweep is not a user's write: an ETag read before it still accepts the unit's signature
        assertEquals(etag, etag(late));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON).header("If-Match", etag).body("{}")
                .when().post("/api/v1/assignments/" + late + "/accept").then().statusCode(200).body("warningLevel", equalTo("RED"));
    }

    @Test
    void onlyTheSupervisionOfficeRunsTheSweepAndSetsCycles() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().post("/api/v1/supervision/warning-sweep").then().statusCode(403);
        given().auth().oauth2(TestTokens.leader()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + UUID.randomUUID()).then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"WEEKLY\", \"dueDay\": 9}")
                .when().put("/api/v1/supervision/reporting-cycles/" + UUID.randomUUID())
                .then().statusCode(400).body("errors[0].field", equalTo("dueDay"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"MONTHLY\", \"dueDay\": 5}")
                .when().put("/api/v1/supervision/reporting-cycles/" + UUID.randomUUID()).then().statusCode(404);
    }

    private void sweep() {
        JsonPath result = given().auth().oauth2(TestTokens.supervisor()).when().post("/api/v1/supervision/warning-sweep")
                .then().statusCode(200).extract().jsonPath();
        assertTrue(result.getBoolean("ran"));
    }

    private void publish(UUID planId, List<LocalDate> deadlines) {
        List<MeasureData> measures = new ArrayList<>();
        for (int i = 0; i < deadlines.size(); i++) {
            measures.add(IncomingEvents.measure(UUID.randomUUID(), String.valueOf(i + 1), "预警测试措施" + (i + 1), deadlines.get(i),
                    IncomingEvents.lead(UUID.randomUUID(), "QZ-FGW", "市发展改革委")));
        }
        kafka.sendCloudEvent(Topics.PLAN, planId.toString(), IncomingEvents.planPublishedV1(planId, "预警测试方案", 2026, measures));
    }

    private static JsonPath await(UUID planId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("sort", "MEASURE")
                    .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
            if (page.getList("$").size() >= count || System.nanoTime() > deadline) {
                assertEquals(count, page.getList("$").size());
                return page;
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }

    private static String level(JsonPath page, String number) {
        return page.getString("find { it.measureNumber == '%s' }.warningLevel".formatted(number));
    }

    private static String etag(String id) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + id).then().extract().header("ETag");
    }
}
