package org.supervision.notification.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.contracts.Topics;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.TestTokens;

/** Unit events as plan-service writes them, built from the contracts' records. */
public final class UnitEventFixtures {

    public static final String UNIT_TOPIC = Topics.UNIT;
    public static final String CREATED = UnitChanged.CREATED;
    public static final String CHANGED = UnitChanged.CHANGED;
    public static final String SOURCE = "/supervision/plan-service";
    private static final OffsetDateTime AT = OffsetDateTime.parse("2024-09-20T01:00:00Z");

    private UnitEventFixtures() {
    }

    public static String unitEvent(String eventId, String type, UUID unitId, String code, String name, String status,
                                   long version) {
        UnitChanged unit = new UnitChanged(unitId, code, name, null, "department", null, status, List.of(), version);
        return ContractEvents.cloudEvent(eventId, SOURCE, type, unitId, AT, unit);
    }

    /**
     * A group event keyed {@code key}: notification-service reads nothing of it but records its id, so a test
     * sends one after other events on the same key and, once it is processed, knows they are.
     */
    public static String groupChanged(String eventId, UUID key) {
        UnitGroupChanged group = new UnitGroupChanged(key, "TEST-GROUP", "测试组", List.of(), List.of(), 0);
        return ContractEvents.cloudEvent(eventId, SOURCE, UnitGroupChanged.TYPE, key, AT, group);
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
