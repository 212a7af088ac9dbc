package org.supervision.task.calendar;

import static org.awaitility.Awaitility.await;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.EventType;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.testing.PublishedPlan;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;

/**
 * The office enters and corrects a year without a release: only supervisors and admins, only against the
 * version read, only valid days; each change is audited, published once, and counted with at once.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class CalendarYearsTest {

    private static final String YEARS = "/api/v1/calendar/years/";
    /** A year nobody else in the suite enters; 2031-01-01 is a Wednesday, 2031-01-04 a Saturday. */
    private static final String FIRST = "{\"notice\": \"国务院办公厅关于2031年部分节假日安排的通知\", "
            + "\"holidays\": [{\"date\": \"2031-01-01\", \"name\": \"元旦\"}], "
            + "\"workingDays\": [{\"date\": \"2031-01-04\", \"name\": \"元旦调休上班\"}]}";
    private static final String CORRECTED = "{\"notice\": \"国务院办公厅关于2031年部分节假日安排的通知（更正）\", "
            + "\"holidays\": [{\"date\": \"2031-01-02\", \"name\": \"元旦\"}, {\"date\": \"2031-01-01\", \"name\": \"元旦\"}], "
            + "\"workingDays\": [{\"date\": \"2031-01-04\"}]}";

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject
    CalendarYears years;

    @Test
    void theShippedYearsAreStoredAtStartAndReadableByAnyone() {
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().get(YEARS).then().statusCode(200)
                .body("year", hasItems(2023, 2024, 2025, 2026));
        given().auth().oauth2(TestTokens.leader()).when().get(YEARS + "2026").then().statusCode(200)
                .body("workingDayCount", equalTo(248))
                .body("holidays.find { it.date == '2026-02-17' }.name", equalTo("春节"))
                .body("workingDays.date", hasItem("2026-09-20"))
                .body("notice", containsString("calendar/china-mainland.txt"));
        given().when().get(YEARS).then().statusCode(401);
        given().auth().oauth2(TestTokens.supervisor()).when().get(YEARS + "1800").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("year"));
        given().auth().oauth2(TestTokens.supervisor()).when().get(YEARS + "2099").then().statusCode(404);
        kafka.await("supervision.calendar.v1", r -> "2026".equals(r.key()) && r.value().contains("supervision.calendar.year.v1"),
                Duration.ofSeconds(20));
    }

    @Test
    void aYearIsEnteredChangedOnlyAgainstTheVersionReadAuditedPublishedAndCountedWith() {
        // before: no data for 2031, which every answer about it says
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2031-01-01").queryParam("to", "2031-01-04")
                .when().get("/api/v1/calendar/working-days").then().statusCode(200)
                .body("days[0].working", equalTo(true)).body("days[0].covered", equalTo(false))
                .body("warnings[0].year", equalTo(2031)).body("warnings[0].code", equalTo("calendar-year-missing"));

        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).contentType(ContentType.JSON).body(FIRST)
                .when().put(YEARS + "2031").then().statusCode(403);
        String created = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(FIRST)
                .when().put(YEARS + "2031").then().statusCode(201).body("version", equalTo(0))
                .body("holidays[0].name", equalTo("元旦")).extract().header("ETag");
        assertEquals("\"0\"", created);

        // after: counted with at once on this replica, without a warning
        given().auth().oauth2(TestTokens.leader()).queryParam("from", "2031-01-01").queryParam("to", "2031-01-04")
                .when().get("/api/v1/calendar/working-days").then().statusCode(200)
                .body("days[0].type", equalTo("HOLIDAY")).body("days[0].name", equalTo("元旦"))
                .body("days[3].type", equalTo("ADJUSTED_WORKDAY")).body("workingDays", equalTo(3))
                .body("warnings", empty());

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(CORRECTED)
                .when().put(YEARS + "2031").then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"3\"").body(CORRECTED)
                .when().put(YEARS + "2031").then().statusCode(412).contentType("application/problem+json");
        String changed = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", created)
                .body(CORRECTED).when().put(YEARS + "2031").then().statusCode(200)
                .body("holidays.date", equalTo(List.of("2031-01-01", "2031-01-02")))
                .body("workingDays[0].name", equalTo("调休上班")).extract().header("ETag");
        assertEquals("\"1\"", changed);
        // the same year again changes nothing: no new version, no audit entry, no event
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", changed)
                .body(CORRECTED).when().put(YEARS + "2031").then().statusCode(200).header("ETag", changed);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", created).body(FIRST)
                .when().put(YEARS + "2031").then().statusCode(412);
        given().auth().oauth2(TestTokens.leader()).when().get(YEARS + "2031").then().statusCode(200).header("ETag", "\"1\"");

        given().auth().oauth2(TestTokens.leader()).when().get(YEARS + "2031/changes").then().statusCode(200)
                .body("version", equalTo(List.of(0, 1))).body("changedBy", equalTo(List.of("supervisor", "supervisor")))
                .body("[0].before", nullValue()).body("[0].after.holidays[0].date", equalTo("2031-01-01"))
                .body("[1].before.notice", equalTo("国务院办公厅关于2031年部分节假日安排的通知"))
                .body("[1].after.holidays.date", equalTo(List.of("2031-01-01", "2031-01-02")));

        List<String> sent = kafka.awaitAll("supervision.calendar.v1", r -> "2031".equals(r.key()), 2, Duration.ofSeconds(20))
                .stream().map(r -> r.value()).toList();
        // what goes on the wire is what the contract says, envelope and data, so notification-service can read it
        sent.forEach(event -> assertEquals(EventType.CALENDAR_YEAR, EventSchemas.assertEvent(event)));
        List<JsonPath> events = sent.stream().map(JsonPath::from).toList();
        assertEquals(List.of(0, 1), events.stream().map(e -> e.getInt("data.version")).toList());
        assertEquals("supervision.calendar.year.v1", events.get(0).getString("type"));
        assertEquals("2031", events.get(0).getString("subject"));
        assertEquals(List.of("2031-01-01", "2031-01-02"), events.get(1).getList("data.holidays.date"));
        assertEquals("调休上班", events.get(1).getString("data.workingDays[0].name"));
    }

    @Test
    void aWrongScheduleIsRefusedNamingTheField() {
        String path = YEARS + "2032";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"notice\": \"通知\", \"holidays\": [{\"date\": \"2031-12-31\", \"name\": \"元旦\"}], \"workingDays\": []}")
                .when().put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("holidays[0].date")).body("errors[0].rule", equalTo("in-year"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"notice\": \"通知\", \"holidays\": [{\"date\": \"2032-01-03\", \"name\": \"元旦\"}], "
                        + "\"workingDays\": [{\"date\": \"2032-01-03\"}]}")
                .when().put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("workingDays[0].date")).body("errors[0].rule", equalTo("holiday-and-working-day"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"notice\": \"通知\", \"holidays\": [], \"workingDays\": [{\"date\": \"2032-01-05\", \"name\": \"调休\"}]}")
                .when().put(path).then().statusCode(400)
                .body("errors[0].field", equalTo("workingDays[0].date")).body("errors[0].rule", equalTo("weekend"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"notice\": \" \", \"holidays\": [{\"date\": \"2032-01-01\"}, {\"date\": \"2032-01-01\", \"name\": \"元旦\"}]}")
                .when().put(path).then().statusCode(400)
                .body("errors.field", equalTo(List.of("notice", "holidays[0].name", "holidays[1].date", "workingDays")));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"notice\": \"通知\", \"holidays\": [{\"date\": \"2032-02-30\", \"name\": \"元旦\"}], \"workingDays\": []}")
                .when().put(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("")
                .when().put(path).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"notice\": \"通知\", \"holidays\": [], \"workingDays\": []}")
                .when().put(path).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).when().get(path).then().statusCode(404);
    }

    /** PublishedPlan's deadlines are in 2030, which has no data: every view of such a deadline says so. */
    @Test
    void deadlinesInAYearWithoutDataCarryAWarning() {
        PublishedPlan plan = PublishedPlan.publish(kafka);
        String id = plan.assignmentOf(PublishedPlan.FGW, "2");
        String fgw = TestTokens.unitOfficer(PublishedPlan.FGW);
        given().auth().oauth2(fgw).when().get("/api/v1/assignments/" + id).then().statusCode(200)
                .body("deadline", equalTo("2030-06-30")).body("calendarWarnings[0].year", equalTo(2030))
                .body("calendarWarnings[0].code", equalTo("calendar-year-missing"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", plan.planId()).when().get("/api/v1/assignments")
                .then().statusCode(200).body("calendarWarnings.flatten().year", hasItem(2030));
        String etag = given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", PublishedPlan.etagOf(id))
                .body("{}").when().post("/api/v1/assignments/" + id + "/accept").then().statusCode(200)
                .body("calendarWarnings[0].year", equalTo(2030)).extract().header("ETag");
        given().auth().oauth2(fgw).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"requestedDeadline\": \"2035-03-30\", \"reason\": \"系统采购延迟\"}")
                .when().post("/api/v1/assignments/" + id + "/extensions").then().statusCode(201)
                .body("calendarWarnings.year", equalTo(List.of(2035)));
        // a covered year has no warning
        given().auth().oauth2(TestTokens.leader()).queryParam("start", "2026-09-30").queryParam("workingDays", "1")
                .when().get("/api/v1/calendar/add").then().statusCode(200).body("date", equalTo("2026-10-08"))
                .body("covered", equalTo(true)).body("warnings", empty());
    }

    /** Another replica's change (written straight to the table here) arrives through the periodic check. */
    @Test
    void aChangeThroughAnotherReplicaIsCountedWithinSeconds() throws Exception {
        years.put(2033, new YearSchedule("本地规定", List.of(new YearSchedule.ListedDay(LocalDate.of(2033, 3, 1), "本地节日")),
                List.of()), null, "another-replica");
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertEquals("HOLIDAY",
                given().auth().oauth2(TestTokens.leader()).queryParam("from", "2033-03-01").queryParam("to", "2033-03-01")
                        .when().get("/api/v1/calendar/working-days").then().statusCode(200).extract().path("days[0].type")));
        assertTrue(given().auth().oauth2(TestTokens.leader()).queryParam("start", "2033-02-28").queryParam("workingDays", "1")
                .when().get("/api/v1/calendar/add").then().statusCode(200).extract().path("date").equals("2033-03-02"));
    }
}
