package org.supervision.notification.unit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.supervision.notification.testing.UnitEventFixtures.CHANGED;
import static org.supervision.notification.testing.UnitEventFixtures.CREATED;
import static org.supervision.notification.testing.UnitEventFixtures.UNIT_TOPIC;
import static org.supervision.notification.testing.UnitEventFixtures.awaitStatus;
import static org.supervision.notification.testing.UnitEventFixtures.groupChanged;
import static org.supervision.notification.testing.UnitEventFixtures.knownUnit;
import static org.supervision.notification.testing.UnitEventFixtures.unitEvent;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.testing.TaskEventFixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Unit contacts are kept only for units the suite knows, as the unit events (supervision.unit.v1) tell them. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class UnitContactsOfKnownUnitsTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject EntityManager entityManager;

    @Test
    void anUnknownUnitCodeIsRefusedAndNothingIsStored() {
        String unit = "QZ-NOSUCH-" + suffix();
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("ban@nosuch.example"), "leaders", List.of("lead@nosuch.example"), "digest", true))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("unitCode")).body("errors.rule", contains("unknown-unit"));
        assertEquals(0, rows("unit_contact", unit));
        assertEquals(0, rows("unit_mail_preference", unit));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("officers", equalTo(List.of())).body("unitStatus", equalTo(null));
    }

    @Test
    void aCodeKnownFromAUnitEventIsAccepted() {
        String unit = "QZ-KNOWN-" + suffix();
        knownUnit(kafka, unit);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("ban@known.example"), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("officers", equalTo(List.of("ban@known.example"))).body("unitName", equalTo("测试单位" + unit))
                .body("unitStatus", equalTo("ACTIVE"));
        assertEquals(1, rows("unit_contact", unit));
    }

    @Test
    void aRedeliveredUnitEventChangesNothing() {
        String unit = "QZ-REDLV-" + suffix();
        UUID unitId = UUID.randomUUID();
        String created = unitEvent(UUID.randomUUID().toString(), CREATED, unitId, unit, "钦州市测试局", "ACTIVE", 0);
        String retired = unitEvent(UUID.randomUUID().toString(), CHANGED, unitId, unit, "钦州市测试局（已撤销）", "RETIRED", 1);
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), created);
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), retired);
        awaitStatus(unit, "RETIRED");

        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), created); // redelivered, after the unit was retired
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), retired);
        // a group event on the same key comes after them in the partition: once it is processed, so are they
        String marker = UUID.randomUUID().toString();
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(), groupChanged(marker, unitId));
        TaskEventFixtures.await("the marker event", Duration.ofSeconds(20), () -> processed(marker) == 1);

        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("unitStatus", equalTo("RETIRED")).body("unitName", equalTo("钦州市测试局（已撤销）"));
        Object[] row = (Object[]) entityManager.createNativeQuery("select status, version from unit where id = ?1")
                .setParameter(1, unitId).getSingleResult();
        assertEquals("RETIRED", row[0]);
        assertEquals(1L, ((Number) row[1]).longValue());
        assertEquals(1, processed(idOf(created)), "the created event is recorded once");
    }

    /** Retired: nobody is to be told of its work any more, but what is stored stays readable and removable. */
    @Test
    void aRetiredUnitsContactsCanBeReadAndRemovedButNotAddedTo() {
        String unit = "QZ-RETIRE-" + suffix();
        UUID unitId = knownUnit(kafka, unit);
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("a@retire.example", "b@retire.example"), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200);
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(),
                unitEvent(UUID.randomUUID().toString(), CHANGED, unitId, unit, "测试单位" + unit, "RETIRED", 1));
        awaitStatus(unit, "RETIRED");

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("a@retire.example", "c@retire.example"), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("unitCode")).body("errors.rule", contains("retired-unit"));
        given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("officers", equalTo(List.of("a@retire.example", "b@retire.example")));

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(Map.of("officers", List.of("a@retire.example"), "leaders", List.of()))
                .put("/api/v1/unit-contacts/" + unit).then().statusCode(200)
                .body("officers", equalTo(List.of("a@retire.example"))).body("unitStatus", equalTo("RETIRED"));
    }

    @Test
    void anUnreadableUnitEventIsDeadLettered() {
        String key = "unit-without-code-" + suffix();
        kafka.sendCloudEvent(UNIT_TOPIC, key, unitEvent(UUID.randomUUID().toString(), CREATED, UUID.randomUUID(), "", "无代码单位",
                "ACTIVE", 0));
        var dead = kafka.await(UNIT_TOPIC + ".dlq.notification-service", r -> key.equals(r.key()), Duration.ofSeconds(20));
        assertNotNull(dead.headers().lastHeader("dead-letter-reason"));
    }

    private long rows(String table, String unit) {
        return ((Number) entityManager.createNativeQuery("select count(*) from " + table + " where unit_code = ?1")
                .setParameter(1, unit).getSingleResult()).longValue();
    }

    private long processed(String eventId) {
        return ((Number) entityManager.createNativeQuery("select count(*) from processed_event where id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    private static String idOf(String event) {
        return io.restassured.path.json.JsonPath.from(event).getString("id");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
