package org.supervision.notification.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.util.UUID;

import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.TestTokens;

/** Unit events as plan-service writes them (docs/events/supervision.unit.changed.v1.schema.json). */
public final class UnitEventFixtures {

    public static final String UNIT_TOPIC = "supervision.unit.v1";
    public static final String CREATED = "supervision.unit.created.v1";
    public static final String CHANGED = "supervision.unit.changed.v1";

    private UnitEventFixtures() {
    }

    public static String unitEvent(String eventId, String type, UUID unitId, String code, String name, String status,
                                   long version) {
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/plan-service", "type": "%s", "subject": "%s",
                 "time": "2024-09-20T01:00:00Z", "datacontenttype": "application/json",
                 "data": {"unitId": "%s", "code": "%s", "name": "%s", "shortName": null, "kind": "department",
                          "parentId": null, "status": "%s", "aliases": [], "version": %d}}
                """.formatted(eventId, type, unitId, unitId, code, name, status, version);
    }

    /** Makes {@code code} a unit of the suite, as plan-service's unit.created does, and waits until this service knows it. */
    public static UUID knownUnit(KafkaTestClient kafka, String code) {
        UUID unitId = UUID.randomUUID();
        kafka.sendCloudEvent(UNIT_TOPIC, unitId.toString(),
                unitEvent(UUID.randomUUID().toString(), CREATED, unitId, code, "测试单位" + code, "ACTIVE", 0));
        awaitStatus(code, "ACTIVE");
        return unitId;
    }

    /** Waits until the unit directory shows {@code code} with {@code status} (through GET /api/v1/unit-contacts). */
    public static void awaitStatus(String code, String status) {
        TaskEventFixtures.await("unit " + code + " " + status, Duration.ofSeconds(20),
                () -> status.equals(given().auth().oauth2(TestTokens.supervisor()).get("/api/v1/unit-contacts/" + code)
                        .then().statusCode(200).extract().jsonPath().getString("unitStatus")));
    }
}
