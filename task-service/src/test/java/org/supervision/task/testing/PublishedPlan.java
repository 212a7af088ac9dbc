package org.supervision.task.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.TestTokens;

import io.restassured.path.json.JsonPath;

/**
 * A plan published through Kafka as plan-service would, and its assignments once task-service has
 * issued them: measure 1 led by QZ-FGW with QZ-SCJG and QZ-SPJ cooperating; measure 2 QZ-FGW alone.
 * Each test publishes its own, so that filters by plan see only the test's own data.
 */
public record PublishedPlan(UUID planId) {

    public static final String FGW = "QZ-FGW";
    public static final String SCJG = "QZ-SCJG";
    public static final String SPJ = "QZ-SPJ";

    public static PublishedPlan publish(KafkaTestClient kafka) {
        PublishedPlan plan = new PublishedPlan(UUID.randomUUID());
        kafka.sendCloudEvent("supervision.plan.v1", plan.planId.toString(), plan.event());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (plan.assignments().size() < 4 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(100_000_000L);
        }
        assertEquals(4, plan.assignments().size(), "assignments of plan " + plan.planId);
        return plan;
    }

    /** The id of the unit's assignment on measure "1" or "2". */
    public String assignmentOf(String unitCode, String measureNumber) {
        JsonPath page = given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("size", 200)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath();
        return page.getString("find { it.unitCode == '%s' && it.measureNumber == '%s' }.id".formatted(unitCode, measureNumber));
    }

    public static String etagOf(String assignmentId) {
        return given().auth().oauth2(TestTokens.supervisor()).when().get("/api/v1/assignments/" + assignmentId)
                .then().statusCode(200).extract().header("ETag");
    }

    private List<Object> assignments() {
        return given().auth().oauth2(TestTokens.supervisor()).queryParam("planId", planId).queryParam("size", 200)
                .when().get("/api/v1/assignments").then().statusCode(200).extract().jsonPath().getList("$");
    }

    private String event() {
        List<String> path = List.of("二、主要任务");
        return IncomingEvents.planPublishedV1(planId, "督办单与佐证材料测试方案", 2024,
                IncomingEvents.measure(UUID.randomUUID(), "1", path, "健全准入退出机制", LocalDate.of(2030, 12, 31),
                        IncomingEvents.lead(UUID.randomUUID(), FGW, "市发展改革委"),
                        IncomingEvents.cooperating(UUID.randomUUID(), SCJG, "市市场监管局"),
                        IncomingEvents.cooperating(UUID.randomUUID(), SPJ, "市行政审批局")),
                IncomingEvents.measure(UUID.randomUUID(), "2", path, "优化纳税服务", LocalDate.of(2030, 6, 30),
                        IncomingEvents.lead(UUID.randomUUID(), FGW, "市发展改革委")));
    }
}
