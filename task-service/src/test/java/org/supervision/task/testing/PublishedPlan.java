package org.supervision.task.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
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
        String units1 = """
                [{"unitId": "%s", "unitCode": "QZ-FGW", "unitName": "市发展改革委", "role": "LEAD"},
                 {"unitId": "%s", "unitCode": "QZ-SCJG", "unitName": "市市场监管局", "role": "COOPERATING"},
                 {"unitId": "%s", "unitCode": "QZ-SPJ", "unitName": "市行政审批局", "role": "COOPERATING"}]"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        String data = """
                {"planId": "%s", "title": "督办单与佐证材料测试方案", "year": 2024, "measures": [
                 {"measureId": "%s", "number": "1", "path": ["二、主要任务"], "title": "健全准入退出机制", "deadline": "2030-12-31",
                  "units": %s},
                 {"measureId": "%s", "number": "2", "path": ["二、主要任务"], "title": "优化纳税服务", "deadline": "2030-06-30",
                  "units": [{"unitId": "%s", "unitCode": "QZ-FGW", "unitName": "市发展改革委", "role": "LEAD"}]}]}"""
                .formatted(planId, UUID.randomUUID(), units1, UUID.randomUUID(), UUID.randomUUID());
        return """
                {"specversion": "1.0", "id": "%s", "source": "/supervision/plan-service", "type": "supervision.plan.published.v1",
                 "subject": "%s", "time": "2024-01-22T08:00:00Z", "datacontenttype": "application/json", "data": %s}"""
                .formatted(UUID.randomUUID(), planId, data);
    }
}
