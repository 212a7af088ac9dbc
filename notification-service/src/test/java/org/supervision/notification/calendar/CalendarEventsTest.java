package org.supervision.notification.calendar;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.supervision.notification.testing.TaskEventFixtures.await;

import java.net.URL;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.CloudEvent;
import org.supervision.contracts.Topics;
import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * The working days are task-service's, learnt from its calendar events on the real topic: a year arrives and is
 * counted with; a redelivered event, or an older version, changes nothing; an unreadable one goes to the dead letters.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class CalendarEventsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 5, 2, 0, 0, 0, ZoneOffset.UTC);
    /** A Wednesday, and the Saturday after it. */
    private static final LocalDate HOLIDAY = LocalDate.of(2034, 3, 1);
    private static final LocalDate NEXT_DAY = LocalDate.of(2034, 3, 2);
    private static final LocalDate SATURDAY = LocalDate.of(2034, 3, 4);

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @Inject WorkingDays workingDays;
    @Inject ObjectMapper json;
    @Inject EntityManager entityManager;

    @Test
    void aYearFromTaskServiceIsCountedWithAndARedeliveryOrAnOlderVersionChangesNothing() throws Exception {
        assertTrue(workingDays.isWorkingDay(HOLIDAY), "no data for 2034 yet: Monday to Friday");
        String first = UUID.randomUUID().toString();
        send(first, year(1, List.of(day(HOLIDAY, "本地节日")), List.of(day(SATURDAY, "本地节日调休上班"))));
        await("2034 counted with", Duration.ofSeconds(20), () -> !workingDays.isWorkingDay(HOLIDAY));
        assertTrue(workingDays.isWorkingDay(SATURDAY), "a worked Saturday");
        assertEquals(LocalDate.of(2034, 3, 2), workingDays.plus(LocalDate.of(2034, 2, 28), 1));

        // the same event again, even with other data under its id: recorded as processed, nothing changes
        send(first, year(1, List.of(day(NEXT_DAY, "另一天")), List.of()));
        // an older version under a new id: nothing changes either
        String older = UUID.randomUUID().toString();
        send(older, year(0, List.of(day(NEXT_DAY, "旧数据")), List.of()));
        await("the older version taken", Duration.ofSeconds(20), () -> processed(older));
        assertFalse(workingDays.isWorkingDay(HOLIDAY));
        assertTrue(workingDays.isWorkingDay(NEXT_DAY));
        assertEquals(1L, stored("version"));

        // a newer version replaces the whole year
        send(UUID.randomUUID().toString(), year(2, List.of(day(NEXT_DAY, "更正")), List.of()));
        await("version 2 counted with", Duration.ofSeconds(20), () -> !workingDays.isWorkingDay(NEXT_DAY));
        assertTrue(workingDays.isWorkingDay(HOLIDAY));
        assertFalse(workingDays.isWorkingDay(SATURDAY));
        assertEquals(2L, stored("version"));

        given().when().get(ready).then().statusCode(200)
                .body("checks.find { it.name == 'working-day calendar' }.data.years", org.hamcrest.Matchers.containsString("2034"));
    }

    @Test
    void aYearWithADayOutsideItGoesToTheDeadLetters() throws Exception {
        String id = UUID.randomUUID().toString();
        send(id, new CalendarYear(2035, "通知", List.of(day(LocalDate.of(2036, 1, 1), "元旦")), List.of(), 1, "supervisor", AT));
        kafka.await(Topics.CALENDAR + ".dlq.notification-service", r -> r.value().contains(id), Duration.ofSeconds(30));
        assertFalse(workingDays.covers(2035));
    }

    @Test
    void theShippedYearsCountAsTaskServiceCounts() {
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2024, 10, 1)));
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2024, 9, 29))); // Sunday, 调休上班
        assertTrue(workingDays.isWorkingDay(LocalDate.of(2026, 9, 20))); // Sunday, 调休上班 (the 2025-11-04 notice)
        given().when().get(ready).then().statusCode(200)
                .body("checks.name", hasItem("working-day calendar"));
    }

    private static CalendarYear year(long version, List<CalendarYear.Day> holidays, List<CalendarYear.Day> worked) {
        return new CalendarYear(2034, "本地规定（测试）", holidays, worked, version, "supervisor", AT);
    }

    private static CalendarYear.Day day(LocalDate date, String name) {
        return new CalendarYear.Day(date, name);
    }

    private void send(String id, CalendarYear year) throws Exception {
        kafka.sendCloudEvent(Topics.CALENDAR, String.valueOf(year.year()), json.writeValueAsString(
                new CloudEvent(id, "/supervision/task-service", CalendarYear.TYPE, String.valueOf(year.year()), AT, year)));
    }

    private boolean processed(String id) {
        return QuarkusTransaction.requiringNew().call(() -> !entityManager.createNativeQuery(
                "select id from processed_event where id = ?1").setParameter(1, id).getResultList().isEmpty());
    }

    private long stored(String column) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select " + column + " from calendar_year where year = 2034").getSingleResult()).longValue());
    }
}
