package org.supervision.endtoend;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The objects the security tests try to reach, made once per test JVM on the running {@link Suite}
 * with real tokens: a published plan whose measures belong to two units, 市发展改革委 (QZ-FGW, the
 * officer who tries) and 市行政审批局 (QZ-SPJ, whose objects must stay out of reach).
 *
 * <pre>
 * measure 1  lead QZ-SPJ                        → spj (accepted, a report, an extension request, evidence, a 督办单)
 * measure 2  lead QZ-FGW                        → fgw (FGW's own work, target of supervisor-only actions)
 * measure 3  lead QZ-SPJ, cooperating QZ-FGW    → spjLead (with a report), fgwCooperating
 * </pre>
 *
 * Plus a draft plan (invisible to unit officers) and QZ-SPJ's inbox item for measure 1.
 */
final class TwoUnits {

    static final String FGW = "QZ-FGW";
    static final String SPJ = "QZ-SPJ";

    private static TwoUnits made;

    final GatewayClient gateway;
    final String marker = UUID.randomUUID().toString().substring(0, 8);
    final String supervisor;
    final String leader;
    final String fgwOfficer;
    final String spjOfficer;
    final String planId;
    final String draftPlanId;
    /** QZ-SPJ's assignment on measure 1, and what belongs to it. */
    final String spj;
    final String spjMeasureId;
    final String spjExtension;
    final String spjEvidence;
    final String spjNotice;
    final String spjInboxItem;
    final String spjLead;
    /** QZ-FGW's own assignments and notice. */
    final String fgw;
    final String fgwCooperating;
    final String fgwNotice;

    static synchronized TwoUnits get() throws Exception {
        if (made == null) {
            made = new TwoUnits(Suite.get());
        }
        return made;
    }

    private TwoUnits(Suite suite) {
        gateway = new GatewayClient(suite.gateway);
        supervisor = suite.tokens.user("supervisor");
        leader = suite.tokens.user("leader");
        fgwOfficer = suite.tokens.user("officer-fgw");
        spjOfficer = suite.tokens.user("officer-spj");

        planId = ok(supervisor, Probe.post("create plan", "/api/v1/plans", """
                {"title": "跨单位安全测试方案 %1$s", "year": 2030,
                 "measures": [
                   {"number": "1", "title": "审批局独办事项 %1$s", "leadUnits": ["市行政审批局"], "deadline": "2030-12-31"},
                   {"number": "2", "title": "发改委独办事项 %1$s", "leadUnits": ["市发展改革委"], "deadline": "2030-12-31"},
                   {"number": "3", "title": "审批局牵头发改委配合 %1$s", "leadUnits": ["市行政审批局"],
                    "cooperatingUnits": ["市发展改革委"], "deadline": "2030-12-31"}]}""".formatted(marker)), 201)
                .path("plan.id");
        List<Map<String, Object>> assignments = awaitAssignments(4);
        spj = id(assignments, "1", SPJ);
        spjMeasureId = (String) assignments.stream().filter(a -> a.get("id").equals(spj)).findFirst().orElseThrow().get("measureId");
        fgw = id(assignments, "2", FGW);
        spjLead = id(assignments, "3", SPJ);
        fgwCooperating = id(assignments, "3", FGW);

        // QZ-SPJ works its assignments, so there is something of each kind to try to reach
        String etag = etag(spjOfficer, spj);
        ok(spjOfficer, Probe.post("accept", "/api/v1/assignments/" + spj + "/accept", "{\"personInCharge\": \"审批局张三\"}").ifMatch(etag), 200);
        Response extension = ok(spjOfficer, Probe.post("extension", "/api/v1/assignments/" + spj + "/extensions",
                "{\"requestedDeadline\": \"2031-03-31\", \"reason\": \"审批局延期理由 " + marker + "\"}").ifMatch(etag(spjOfficer, spj)), 201);
        spjExtension = extension.path("id");
        ok(spjOfficer, Probe.post("report", "/api/v1/assignments/" + spj + "/reports",
                "{\"percent\": 40, \"narrative\": \"审批局进展 " + marker + "\"}").ifMatch(etag(spjOfficer, spj)), 201);
        spjEvidence = ok(spjOfficer, Probe.upload("evidence", "/api/v1/assignments/" + spj + "/evidence",
                "审批局证明材料 " + marker), 201).path("id");
        ok(spjOfficer, Probe.post("accept", "/api/v1/assignments/" + spjLead + "/accept", "{}").ifMatch(etag(spjOfficer, spjLead)), 200);
        ok(spjOfficer, Probe.post("report", "/api/v1/assignments/" + spjLead + "/reports",
                "{\"percent\": 10, \"narrative\": \"审批局牵头进展 " + marker + "\"}").ifMatch(etag(spjOfficer, spjLead)), 201);
        spjNotice = notice(SPJ, spj);
        fgwNotice = notice(FGW, fgw);
        spjInboxItem = awaitInboxItem(spjOfficer);
        draftPlanId = ok(supervisor, Probe.send("import draft", "POST", "/api/v1/plans/imports", "text/plain",
                "跨单位安全测试草稿 " + marker + "\n一、总体要求\n1. 草稿措施（牵头单位：市行政审批局）\n"), 201).path("plan.id");
    }

    Response ok(String token, Probe probe, int expected) {
        Response answer = gateway.send(token, probe);
        assertEquals(expected, answer.statusCode(), "setting up: " + probe + " answered " + answer.asString());
        return answer;
    }

    String etag(String token, String assignment) {
        return ok(token, Probe.get("read", "/api/v1/assignments/" + assignment), 200).header("ETag");
    }

    private String notice(String unit, String assignment) {
        return ok(supervisor, Probe.post("notice", "/api/v1/notices", """
                {"unitCode": "%s", "assignmentIds": ["%s"], "title": "督办单 %s", "body": "请按期办理 %s", "respondBy": "2030-06-30"}"""
                .formatted(unit, assignment, marker, marker)), 201).path("id");
    }

    private List<Map<String, Object>> awaitAssignments(int count) {
        AtomicReference<List<Map<String, Object>>> found = new AtomicReference<>(List.of());
        await("the plan's " + count + " assignments").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300))
                .until(() -> {
                    found.set(gateway.send(supervisor, Probe.get("list", "/api/v1/assignments?planId=" + planId + "&size=50"))
                            .jsonPath().getList("$"));
                    return found.get().size() == count;
                });
        return found.get();
    }

    private static String id(List<Map<String, Object>> assignments, String measureNumber, String unit) {
        return assignments.stream().filter(a -> measureNumber.equals(a.get("measureNumber")) && unit.equals(a.get("unitCode")))
                .map(a -> (String) a.get("id")).findFirst()
                .orElseThrow(() -> new AssertionError("no assignment of " + unit + " on measure " + measureNumber + ": " + assignments));
    }

    /** QZ-SPJ's inbox item about measure 1 (it arrives through Kafka). */
    private String awaitInboxItem(String token) {
        AtomicReference<String> item = new AtomicReference<>();
        await("QZ-SPJ's inbox item").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(300)).until(() -> {
            JsonPath inbox = gateway.send(token, Probe.get("inbox", "/api/v1/inbox?size=200")).jsonPath();
            item.set(inbox.getString("find { it.assignmentId == '%s' }.id".formatted(spj)));
            return item.get() != null;
        });
        return item.get();
    }
}
