package org.supervision.endtoend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * OWASP API1 through the gateway with real Keycloak tokens: the officer of 市发展改革委 (QZ-FGW)
 * reaches nothing of 市行政审批局 (QZ-SPJ), not by id on any endpoint, not by filter, not by paging,
 * not in aggregates. Each endpoint is its own test, so a leak names the endpoint.
 */
class CrossUnitAccessTest {

    private static TwoUnits units;

    @BeforeAll
    static void makeTheTwoUnits() throws Exception {
        units = TwoUnits.get();
    }

    /** Every endpoint that takes an id of QZ-SPJ's, with a body that would be accepted from QZ-SPJ's own officer. */
    private static List<Probe> byIdOfAnotherUnit() {
        String a = "/api/v1/assignments/" + units.spj;
        String etag = units.etag(units.supervisor, units.spj); // the real version: a 404 must not come from a stale If-Match
        return List.of(
                Probe.get("assignment", a),
                Probe.get("audit trail", a + "/audit"),
                Probe.get("progress reports", a + "/reports"),
                Probe.get("extension requests", a + "/extensions"),
                Probe.get("evidence list", a + "/evidence"),
                Probe.get("evidence download", a + "/evidence/" + units.spjEvidence),
                Probe.upload("evidence upload", a + "/evidence", "发改委伪造的材料"),
                Probe.post("accept", a + "/accept", "{\"personInCharge\": \"冒名\"}").ifMatch(etag),
                Probe.post("dispute", a + "/dispute", "{\"reason\": \"冒名退回\"}").ifMatch(etag),
                Probe.post("progress report", a + "/reports", "{\"percent\": 100, \"narrative\": \"冒名报送\"}").ifMatch(etag),
                Probe.post("extension request", a + "/extensions",
                        "{\"requestedDeadline\": \"2032-01-31\", \"reason\": \"冒名延期\"}").ifMatch(etag),
                Probe.post("completion request", a + "/completion-request", "{\"summary\": \"冒名办结\"}").ifMatch(etag),
                Probe.get("lead's reports on a measure the unit cooperates on", "/api/v1/assignments/" + units.spjLead + "/reports"),
                Probe.get("notice", "/api/v1/notices/" + units.spjNotice),
                Probe.post("notice response", "/api/v1/notices/" + units.spjNotice + "/response", "{\"text\": \"冒名答复\"}").ifMatch("\"1\""),
                Probe.post("notice close", "/api/v1/notices/" + units.spjNotice + "/close", "{\"note\": \"冒名关闭\"}").ifMatch("\"1\""),
                Probe.post("inbox item read", "/api/v1/inbox/" + units.spjInboxItem + "/read", "{}"),
                Probe.get("statistics of the unit", "/api/v1/supervision/statistics?unitCode=" + TwoUnits.SPJ),
                Probe.get("statistics export of the unit", "/api/v1/supervision/statistics/export?format=CSV&unitCode=" + TwoUnits.SPJ),
                Probe.get("draft plan", "/api/v1/plans/" + units.draftPlanId));
    }

    /** Dynamic tests run in order: the last one checks that none of the tries before it changed anything. */
    @TestFactory
    Stream<DynamicTest> anotherUnitsObjectsAnswer404AsIfTheyDidNotExistAndStayUnchanged() {
        List<String> ids = List.of(units.spj, units.spjEvidence, units.spjNotice, units.spjInboxItem, units.spjLead, units.draftPlanId);
        Stream<DynamicTest> tries = byIdOfAnotherUnit().stream().map(probe -> dynamicTest(probe.toString(), () -> {
            Response answer = units.gateway.send(units.fgwOfficer, probe);
            assertEquals(404, answer.statusCode(), "QZ-FGW's officer: " + probe + " answered " + answer.asString());
            assertEquals("application/problem+json", answer.contentType().replaceAll(";.*", ""), probe.toString());
            // ...exactly as for an id that does not exist at all: the answer tells nothing
            Probe unknown = probe;
            for (String id : ids) {
                unknown = unknown.onOther(id, UUID.randomUUID().toString());
            }
            if (!unknown.path().equals(probe.path())) {
                Response unknownAnswer = units.gateway.send(units.fgwOfficer, unknown);
                assertEquals(404, unknownAnswer.statusCode(), "unknown id: " + unknown);
                assertEquals(answer.jsonPath().getString("type"), unknownAnswer.jsonPath().getString("type"), probe.toString());
            }
        }));
        return Stream.concat(tries, Stream.of(dynamicTest("nothing of QZ-SPJ changed", CrossUnitAccessTest::nothingOfTheOtherUnitChanged)));
    }

    private static void nothingOfTheOtherUnitChanged() {
        JsonPath assignment = units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/assignments/" + units.spj)).jsonPath();
        assertEquals("IN_PROGRESS", assignment.getString("state"));
        assertEquals("审批局张三", assignment.getString("personInCharge"));
        assertEquals(40, assignment.getInt("progressPercent"));
        List<String> narratives = units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/assignments/" + units.spj + "/reports"))
                .jsonPath().getList("narrative");
        assertEquals(List.of("审批局进展 " + units.marker), narratives);
        assertEquals(1, units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/assignments/" + units.spj + "/evidence"))
                .jsonPath().getList("$").size());
        assertEquals(1, units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/assignments/" + units.spj + "/extensions"))
                .jsonPath().getList("$").size());
        assertEquals("OPEN", units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/notices/" + units.spjNotice))
                .jsonPath().getString("state"));
        assertEquals(null, units.gateway.send(units.spjOfficer, Probe.get("own", "/api/v1/inbox?size=200"))
                .jsonPath().getString("find { it.id == '%s' }.readAt".formatted(units.spjInboxItem)));
    }

    /** Lists with every filter that could point elsewhere: only QZ-FGW's own rows, never another unit's. */
    @TestFactory
    Stream<DynamicTest> listsFiltersAndPagesShowOnlyTheOfficersOwnUnit() {
        String plan = units.planId;
        List<DynamicTest> tests = new ArrayList<>();
        for (String query : List.of("?planId=" + plan, "?planId=" + plan + "&unitCode=" + TwoUnits.SPJ,
                "?unitCode=" + TwoUnits.SPJ + "&size=200", "?planId=" + plan + "&role=LEAD", "?planId=" + plan + "&state=IN_PROGRESS",
                "?planId=" + plan + "&sort=UPDATED", "?updatedSince=2000-01-01T00:00:00Z&size=200")) {
            tests.add(dynamicTest("assignments" + query, () -> assertOnlyFgw(Probe.get("list", "/api/v1/assignments" + query), "unitCode")));
        }
        tests.add(dynamicTest("assignments of the other unit's measure: empty", () -> {
            Response answer = units.gateway.send(units.fgwOfficer, Probe.get("list", "/api/v1/assignments?measureId=" + units.spjMeasureId));
            assertEquals(List.of(), answer.jsonPath().getList("$"), answer.asString());
            assertEquals("0", answer.header("X-Total-Count"));
        }));
        tests.add(dynamicTest("assignments page by page: own rows only, and the total counts only them", () -> {
            Response first = units.gateway.send(units.fgwOfficer, Probe.get("page", "/api/v1/assignments?planId=" + plan + "&size=1&page=0"));
            assertEquals("2", first.header("X-Total-Count"), "QZ-FGW has 2 of the plan's 4 assignments");
            for (int page = 0; page < 4; page++) {
                List<Map<String, Object>> rows = assertOnlyFgw(
                        Probe.get("page " + page, "/api/v1/assignments?planId=" + plan + "&size=1&page=" + page), "unitCode");
                assertEquals(page < 2 ? 1 : 0, rows.size(), "page " + page);
            }
        }));
        tests.add(dynamicTest("assignment export with the other unit as filter", () -> {
            Response answer = units.gateway.send(units.fgwOfficer,
                    Probe.get("export", "/api/v1/assignments/export?format=CSV&planId=" + plan + "&unitCode=" + TwoUnits.SPJ));
            assertEquals(200, answer.statusCode());
            assertFalse(answer.asString().contains(TwoUnits.SPJ), answer.asString());
            assertTrue(answer.asString().contains(TwoUnits.FGW), answer.asString());
        }));
        for (String query : List.of("?planId=" + plan, "?unitCode=" + TwoUnits.SPJ + "&size=200", "?planId=" + plan + "&state=OPEN")) {
            tests.add(dynamicTest("notices" + query, () -> assertOnlyFgw(Probe.get("notices", "/api/v1/notices" + query), "unitCode")));
        }
        tests.add(dynamicTest("notice counts of the plan count only the unit's own", () -> {
            JsonPath counts = units.gateway.send(units.fgwOfficer, Probe.get("counts", "/api/v1/notices/counts?planId=" + plan)).jsonPath();
            int fgwNotices = Integer.parseInt(units.gateway.send(units.supervisor,
                    Probe.get("notices", "/api/v1/notices?planId=" + plan + "&unitCode=" + TwoUnits.FGW)).header("X-Total-Count"));
            assertEquals(fgwNotices, counts.getInt("open") + counts.getInt("responded") + counts.getInt("closed"), counts.prettify());
        }));
        tests.add(dynamicTest("inbox", () -> assertOnlyFgw(Probe.get("inbox", "/api/v1/inbox?size=200"), "unitCode")));
        tests.add(dynamicTest("statistics of the plan: only the unit's own row", () -> {
            List<Map<String, Object>> rows = units.gateway.send(units.fgwOfficer,
                    Probe.get("statistics", "/api/v1/supervision/statistics?planId=" + plan)).jsonPath().getList("$");
            assertEquals(List.of(TwoUnits.FGW), rows.stream().map(r -> r.get("key")).toList(), rows.toString());
        }));
        for (String groupBy : List.of("PLAN", "SECTION")) {
            tests.add(dynamicTest("statistics grouped by " + groupBy + " count only the unit's own assignments", () -> {
                List<Map<String, Object>> rows = units.gateway.send(units.fgwOfficer,
                        Probe.get("statistics", "/api/v1/supervision/statistics?planId=" + plan + "&groupBy=" + groupBy)).jsonPath().getList("$");
                assertEquals(2, rows.stream().mapToInt(r -> ((Number) r.get("total")).intValue()).sum(), rows.toString());
            }));
        }
        tests.add(dynamicTest("the cooperating unit's reports on its own assignment: not the lead's", () -> {
            List<String> reportUnits = units.gateway.send(units.fgwOfficer,
                    Probe.get("reports", "/api/v1/assignments/" + units.fgwCooperating + "/reports")).jsonPath().getList("unitCode");
            assertFalse(reportUnits.contains(TwoUnits.SPJ), reportUnits.toString());
        }));
        tests.add(dynamicTest("plans: drafts are not listed", () -> {
            List<String> titles = units.gateway.send(units.fgwOfficer, Probe.get("plans", "/api/v1/plans?size=200&q=" + units.marker))
                    .jsonPath().getList("title");
            assertFalse(titles.stream().anyMatch(t -> t.contains("草稿")), titles.toString());
            assertEquals(List.of(), units.gateway.send(units.fgwOfficer, Probe.get("plans", "/api/v1/plans?status=DRAFT&size=200&q=" + units.marker))
                    .jsonPath().getList("$"));
        }));
        return tests.stream();
    }

    private static List<Map<String, Object>> assertOnlyFgw(Probe probe, String unitField) {
        Response answer = units.gateway.send(units.fgwOfficer, probe);
        assertEquals(200, answer.statusCode(), probe + " answered " + answer.asString());
        List<Map<String, Object>> rows = answer.jsonPath().getList("$");
        for (Map<String, Object> row : rows) {
            assertEquals(TwoUnits.FGW, row.get(unitField), probe + " shows another unit's row: " + row);
        }
        assertFalse(answer.asString().contains(units.spj), probe + " names QZ-SPJ's assignment");
        return rows;
    }
}
