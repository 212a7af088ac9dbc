package org.supervision.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * OWASP API5 through the gateway with real Keycloak tokens: a unit officer is refused every action
 * of the supervision office (403), even on the unit's own assignment; a leader reads everything and
 * changes nothing. Each action is its own test, so a hole names the endpoint.
 */
class RoleAccessTest {

    private static TwoUnits units;

    @BeforeAll
    static void makeTheTwoUnits() throws Exception {
        units = TwoUnits.get();
    }

    /** What only the supervision office (supervisor, admin) does; integrations may also register webhooks. */
    private static List<Probe> supervisorActions(String ownAssignment, String etag) {
        String plan = "/api/v1/plans/" + units.planId;
        String a = "/api/v1/assignments/" + ownAssignment;
        String anyId = UUID.randomUUID().toString();
        return List.of(
                Probe.post("create and publish a plan", "/api/v1/plans", """
                        {"title": "越权方案", "measures": [{"number": "1", "title": "越权", "leadUnits": ["市发展改革委"]}]}"""),
                Probe.send("import a plan", "POST", "/api/v1/plans/imports?dryRun=true", "text/plain", "越权导入\n1. 措施（牵头单位：市发展改革委）"),
                Probe.put("edit a plan", plan, "{\"title\": \"越权修改\"}").ifMatch("\"1\""),
                Probe.post("add a measure", plan + "/measures", "{\"number\": \"9\", \"title\": \"越权\"}").ifMatch("\"1\""),
                Probe.post("publish a plan", plan + "/publish", "{}").ifMatch("\"1\""),
                Probe.post("publish a draft", "/api/v1/plans/" + units.draftPlanId + "/publish", "{}").ifMatch("\"1\""),
                Probe.post("add a unit", "/api/v1/units", "{\"code\": \"QZ-EVIL\", \"name\": \"越权单位\", \"kind\": \"DEPARTMENT\"}"),
                Probe.post("review (销号)", a + "/review", "{\"decision\": \"COMPLETE\"}").ifMatch(etag),
                Probe.post("cancel", a + "/cancel", "{\"reason\": \"越权撤销\"}").ifMatch(etag),
                Probe.post("urge (催办)", a + "/urge", "{\"message\": \"越权催办\"}").ifMatch(etag),
                Probe.get("the office's to-do queue", "/api/v1/supervision/pending"),
                Probe.post("reopen", a + "/reopen", "{\"reason\": \"越权重开\"}").ifMatch(etag),
                Probe.post("reassign (dispute decision)", a + "/dispute-decision",
                        "{\"decision\": \"REASSIGN\", \"unitCode\": \"QZ-SPJ\", \"reason\": \"越权改派\"}").ifMatch(etag),
                Probe.post("decide an extension", "/api/v1/assignments/" + units.spj + "/extensions/" + units.spjExtension + "/decision",
                        "{\"approve\": true}").ifMatch(etag),
                Probe.post("issue a notice", "/api/v1/notices", """
                        {"unitCode": "QZ-SPJ", "assignmentIds": ["%s"], "title": "越权", "body": "越权", "respondBy": "2030-06-30"}"""
                        .formatted(units.spj)),
                Probe.post("close the unit's own notice", "/api/v1/notices/" + units.fgwNotice + "/close", "{\"note\": \"越权关闭\"}").ifMatch("\"1\""),
                Probe.post("warning sweep", "/api/v1/supervision/warning-sweep", "{}"),
                Probe.put("reporting cycle", "/api/v1/supervision/reporting-cycles/" + units.planId, "{\"frequency\": \"MONTHLY\", \"dueDay\": 5}"),
                Probe.delete("remove the reporting cycle", "/api/v1/supervision/reporting-cycles/" + units.planId),
                Probe.put("enter a calendar year", "/api/v1/calendar/years/2043",
                        "{\"notice\": \"越权\", \"holidays\": [], \"workingDays\": []}"),
                Probe.get("ranking of all units", "/api/v1/supervision/ranking?planId=" + units.planId),
                Probe.get("reminder policy", "/api/v1/reminder-policies/" + units.planId),
                Probe.put("reminder policy", "/api/v1/reminder-policies/" + units.planId, "{\"beforeWorkingDays\": [1], \"onTheDay\": false}"),
                Probe.get("reminder schedule", "/api/v1/reminders?assignmentId=" + ownAssignment),
                Probe.get("unit contacts", "/api/v1/unit-contacts/QZ-SPJ"),
                Probe.put("unit contacts", "/api/v1/unit-contacts/QZ-FGW", "{\"officers\": [\"evil@example.com\"], \"leaders\": []}"),
                Probe.post("register a webhook", "/api/v1/webhooks", "{\"name\": \"越权\", \"url\": \"https://evil.example/hook\"}"),
                Probe.get("list webhooks", "/api/v1/webhooks"),
                Probe.delete("remove a webhook", "/api/v1/webhooks/" + anyId),
                Probe.get("deliveries", "/api/v1/deliveries"),
                Probe.get("deliveries of a reminder", "/api/v1/deliveries/by-reminder/" + anyId),
                Probe.post("resend a delivery", "/api/v1/deliveries/" + anyId + "/resend", "{}"));
    }

    @TestFactory
    Stream<DynamicTest> aUnitOfficerIsRefusedTheSupervisionOfficesActions() {
        String etag = units.etag(units.fgwOfficer, units.fgw);
        Stream<DynamicTest> refused = supervisorActions(units.fgw, etag).stream()
                .map(probe -> dynamicTest(probe.toString(), () -> expect403(units.fgwOfficer, "QZ-FGW's officer", probe)));
        return Stream.concat(refused, Stream.of(dynamicTest("the unit's assignment is unchanged", () ->
                assertEquals(etag, units.etag(units.fgwOfficer, units.fgw), "a refused action changed the assignment"))));
    }

    /** A leader reads every unit's work... */
    @TestFactory
    Stream<DynamicTest> aLeaderReadsEveryUnitsWork() {
        String a = "/api/v1/assignments/" + units.spj;
        return Stream.of(
                Probe.get("assignment", a), Probe.get("audit trail", a + "/audit"), Probe.get("reports", a + "/reports"),
                Probe.get("extensions", a + "/extensions"), Probe.get("evidence list", a + "/evidence"),
                Probe.get("evidence download", a + "/evidence/" + units.spjEvidence),
                Probe.get("all assignments of the plan", "/api/v1/assignments?planId=" + units.planId),
                Probe.get("statistics", "/api/v1/supervision/statistics?planId=" + units.planId),
                Probe.get("ranking", "/api/v1/supervision/ranking?planId=" + units.planId),
                Probe.get("the office's to-do queue", "/api/v1/supervision/pending?planId=" + units.planId),
                Probe.get("urges", a + "/urges"),
                Probe.get("notice", "/api/v1/notices/" + units.spjNotice),
                Probe.get("reminder schedule", "/api/v1/reminders?assignmentId=" + units.spj),
                Probe.get("inbox", "/api/v1/inbox"),
                Probe.get("draft plan", "/api/v1/plans/" + units.draftPlanId))
                .map(probe -> dynamicTest(probe.toString(), () -> {
                    Response answer = units.gateway.send(units.leader, probe);
                    assertEquals(200, answer.statusCode(), "leader: " + probe + " answered " + answer.asString());
                }));
    }

    /** ...and changes nothing: neither the office's actions nor a unit's. */
    @TestFactory
    Stream<DynamicTest> aLeaderChangesNothing() {
        String etag = units.etag(units.leader, units.spj);
        String a = "/api/v1/assignments/" + units.spj;
        Stream<Probe> unitActions = Stream.of(
                Probe.post("accept", a + "/accept", "{}").ifMatch(etag),
                Probe.post("dispute", a + "/dispute", "{\"reason\": \"领导退回\"}").ifMatch(etag),
                Probe.post("progress report", a + "/reports", "{\"percent\": 90, \"narrative\": \"领导代报\"}").ifMatch(etag),
                Probe.post("extension request", a + "/extensions", "{\"requestedDeadline\": \"2032-01-31\", \"reason\": \"领导\"}").ifMatch(etag),
                Probe.post("completion request", a + "/completion-request", "{\"summary\": \"领导\"}").ifMatch(etag),
                Probe.upload("evidence upload", a + "/evidence", "领导上传"),
                Probe.post("notice response", "/api/v1/notices/" + units.spjNotice + "/response", "{\"text\": \"领导答复\"}").ifMatch("\"1\""),
                Probe.post("mark a unit's inbox item read", "/api/v1/inbox/" + units.spjInboxItem + "/read", "{}"));
        Stream<DynamicTest> refused = Stream.concat(unitActions, supervisorActions(units.spj, etag).stream())
                .filter(Probe::writes)
                .map(probe -> dynamicTest(probe.toString(), () -> expect403(units.leader, "leader", probe)));
        return Stream.concat(refused, Stream.of(dynamicTest("QZ-SPJ's assignment is unchanged", () -> {
            assertEquals(etag, units.etag(units.leader, units.spj), "a refused action changed the assignment");
            JsonPath inbox = units.gateway.send(units.spjOfficer, Probe.get("inbox", "/api/v1/inbox?size=200")).jsonPath();
            assertEquals(null, inbox.getString("find { it.id == '%s' }.readAt".formatted(units.spjInboxItem)));
        })));
    }

    private static void expect403(String token, String who, Probe probe) {
        Response answer = units.gateway.send(token, probe);
        assertEquals(403, answer.statusCode(), who + ": " + probe + " answered " + answer.asString());
    }
}
