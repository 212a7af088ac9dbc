package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Hostile bodies through the gateway with real tokens: fields a unit may not set (OWASP API3),
 * injection strings in text fields (stored and answered exactly as sent, as JSON that no browser
 * sniffs into HTML), U+0000 (refused with the field named, never a 500), oversized bodies (413)
 * and a flood (429). QZ-FGW's officer works its own assignments of {@link TwoUnits}.
 */
class HostileInputTest {

    private static final String SQL = "'; DROP TABLE assignment; -- \" OR '1'='1' /*";
    private static final String HTML = "<script>alert('督办')</script><img src=x onerror=alert(1)>&lt;&amp;<!--";
    private static final String CONTROL = "第一行\r\n第二行\t制表\u0001\u0007\u001b[31m红\u001b[0m\u007f\u0085\u2028\u202e反向\u200b";
    private static final String SUPPLEMENTARY = "𠮷野家😀👍🏽 ﬁ Ａ";
    private static final String JSON_LOOKALIKE = "{\"state\": \"COMPLETED\"} \\u0000 ${jndi:ldap://x} {{7*7}}";
    private static final String LONG_CHINESE = "按照《钦州市优化营商环境实施方案》要求，全面推进政务服务“一网通办”，".repeat(300).substring(0, 9_000);
    private static final Map<String, String> INJECTIONS = new LinkedHashMap<>(Map.of("SQL", SQL, "HTML", HTML,
            "control characters", CONTROL, "supplementary characters", SUPPLEMENTARY,
            "JSON and template look-alikes", JSON_LOOKALIKE, "9,000 Chinese characters", LONG_CHINESE));
    /** Short enough for every field (personInCharge holds 100 characters). */
    private static final String ALL_SHORT = "王五'; DROP TABLE x;--<b onclick=x>\u0007\r\n😀";

    private static TwoUnits units;

    @BeforeAll
    static void makeTheTwoUnits() throws Exception {
        units = TwoUnits.get();
    }

    /**
     * Every kind in one text of exactly {@code length} characters, cut inside the Chinese part (never
     * inside a surrogate pair) and bracketed, so a service that trims surrounding spaces keeps it whole.
     */
    private static String everyKind(int length) {
        String all = "【" + SQL + HTML + CONTROL + SUPPLEMENTARY + JSON_LOOKALIKE + LONG_CHINESE + LONG_CHINESE;
        return all.substring(0, length - 1) + "】";
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static Response ok(String token, Probe probe, int status) {
        return units.ok(token, probe, status);
    }

    @Test
    void stateUnitAndIdsInAUnitsBodiesAreIgnored() {
        String a = "/api/v1/assignments/" + units.fgw;
        String spjBefore = units.etag(units.supervisor, units.spj);
        JsonPath accepted = ok(units.fgwOfficer, Probe.post("accept", a + "/accept", """
                {"personInCharge": "王五", "state": "COMPLETED", "unitCode": "QZ-SPJ", "unitId": "%s", "unitName": "市行政审批局",
                 "id": "%s", "version": 99, "role": "COOPERATING", "deadline": "2099-12-31", "progressPercent": 100,
                 "warningLevel": "NONE", "planId": "%s"}""".formatted(UUID.randomUUID(), units.spj, UUID.randomUUID()))
                .ifMatch(units.etag(units.fgwOfficer, units.fgw)), 200).jsonPath();
        assertEquals(units.fgw, accepted.getString("id"));
        assertEquals("ACCEPTED", accepted.getString("state"));
        assertEquals(TwoUnits.FGW, accepted.getString("unitCode"));
        assertEquals("LEAD", accepted.getString("role"));
        assertEquals("2030-12-31", accepted.getString("deadline"));
        assertEquals(units.planId, accepted.getString("planId"));
        assertEquals("王五", accepted.getString("personInCharge"));

        JsonPath report = ok(units.fgwOfficer, Probe.post("report", a + "/reports", """
                {"percent": 30, "narrative": "进展", "assignmentId": "%s", "unitCode": "QZ-SPJ", "state": "COMPLETED",
                 "reportedBy": "supervisor", "id": "%s"}""".formatted(units.spj, UUID.randomUUID()))
                .ifMatch(units.etag(units.fgwOfficer, units.fgw)), 201).jsonPath();
        assertEquals(units.fgw, report.getString("assignmentId"));
        assertEquals(TwoUnits.FGW, report.getString("unitCode"));
        assertEquals("officer-fgw", report.getString("reportedBy"));

        JsonPath extension = ok(units.fgwOfficer, Probe.post("extension", a + "/extensions", """
                {"requestedDeadline": "2031-01-31", "reason": "理由", "state": "APPROVED", "decidedBy": "supervisor",
                 "assignmentId": "%s"}""".formatted(units.spj)).ifMatch(units.etag(units.fgwOfficer, units.fgw)), 201).jsonPath();
        assertEquals("PENDING", extension.getString("state"));
        assertEquals(units.fgw, extension.getString("assignmentId"));
        assertEquals("2030-12-31", ok(units.fgwOfficer, Probe.get("read", a), 200).jsonPath().getString("deadline"));

        String noticeEtag = ok(units.fgwOfficer, Probe.get("notice", "/api/v1/notices/" + units.fgwNotice), 200).header("ETag");
        JsonPath notice = ok(units.fgwOfficer, Probe.post("respond", "/api/v1/notices/" + units.fgwNotice + "/response",
                "{\"text\": \"已整改\", \"state\": \"CLOSED\", \"unitCode\": \"QZ-SPJ\", \"respondedBy\": \"supervisor\"}")
                .ifMatch(noticeEtag), 200).jsonPath();
        assertEquals("RESPONDED", notice.getString("state"));
        assertEquals(TwoUnits.FGW, notice.getString("unitCode"));
        assertEquals("officer-fgw", notice.getString("respondedBy"));

        assertEquals(spjBefore, units.etag(units.supervisor, units.spj), "QZ-SPJ's assignment was changed through QZ-FGW's bodies");
    }

    /** The report narrative holds up to 10,000 characters: every injection string goes through it on its own. */
    @TestFactory
    Stream<DynamicTest> injectionStringsInAReportComeBackExactlyAsSent() {
        String a = "/api/v1/assignments/" + units.fgwCooperating;
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(dynamicTest("accept with every kind in personInCharge", () -> {
            String etag = units.etag(units.fgwOfficer, units.fgwCooperating);
            ok(units.fgwOfficer, Probe.post("accept", a + "/accept", "{\"personInCharge\": " + json(ALL_SHORT) + "}").ifMatch(etag), 200);
            assertIntact(Probe.get("assignment", a), "personInCharge", ALL_SHORT);
        }));
        INJECTIONS.forEach((kind, text) -> tests.add(dynamicTest(kind + " in a progress report", () -> {
            String id = ok(units.fgwOfficer, Probe.post("report", a + "/reports", "{\"percent\": 10, \"narrative\": " + json(text) + "}")
                    .ifMatch(units.etag(units.fgwOfficer, units.fgwCooperating)), 201).path("id");
            Response reports = ok(units.fgwOfficer, Probe.get("reports", a + "/reports"), 200);
            assertEquals(text, reports.jsonPath().getString("find { it.id == '%s' }.narrative".formatted(id)), kind);
            harmless(reports);
        })));
        tests.add(dynamicTest("every kind in an extension reason", () -> {
            String reason = everyKind(2_000);
            ok(units.fgwOfficer, Probe.post("extension", a + "/extensions",
                    "{\"requestedDeadline\": \"2031-06-30\", \"reason\": " + json(reason) + "}")
                    .ifMatch(units.etag(units.fgwOfficer, units.fgwCooperating)), 201);
            assertIntact(Probe.get("extensions", a + "/extensions"), "find { it.requestedDeadline == '2031-06-30' }.reason", reason);
        }));
        tests.add(dynamicTest("every kind in an evidence note", () -> {
            Response added = given().baseUri(units.gateway.url()).auth().oauth2(units.fgwOfficer)
                    .multiPart("file", "证明.txt", ("材料 " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8), "text/plain")
                    .multiPart("note", ALL_SHORT, "text/plain; charset=UTF-8")
                    .when().post(a + "/evidence").then().extract().response();
            assertEquals(201, added.statusCode(), added.asString());
            assertIntact(Probe.get("evidence", a + "/evidence"), "find { it.id == '%s' }.note".formatted(added.path("id").toString()), ALL_SHORT);
        }));
        tests.add(dynamicTest("every kind in a completion request summary", () -> {
            String summary = everyKind(5_000);
            ok(units.fgwOfficer, Probe.post("completion", a + "/completion-request", "{\"summary\": " + json(summary) + "}")
                    .ifMatch(units.etag(units.fgwOfficer, units.fgwCooperating)), 200);
            assertIntact(Probe.get("assignment", a), "pendingReason", summary);
        }));
        tests.add(dynamicTest("a supervisor's plan and notice texts", () -> {
            String title = "方案" + ALL_SHORT + SQL;
            String planId = ok(units.supervisor, Probe.post("plan", "/api/v1/plans", """
                    {"title": %s, "year": 2030, "measures": [{"number": "1", "title": %s, "leadUnits": ["市发展改革委"], "deadline": "2030-12-31"}]}"""
                    .formatted(json(title), json(LONG_CHINESE))), 201).path("plan.id");
            assertIntact(Probe.get("plan", "/api/v1/plans/" + planId), "plan.title", title);
            Response plan = ok(units.supervisor, Probe.get("plan", "/api/v1/plans/" + planId), 200);
            assertEquals(LONG_CHINESE, plan.jsonPath().getString("measures[0].title"));
            String body = everyKind(10_000);
            String notice = ok(units.supervisor, Probe.post("notice", "/api/v1/notices", """
                    {"unitCode": "QZ-FGW", "assignmentIds": ["%s"], "title": %s, "body": %s, "respondBy": "2030-06-30"}"""
                    .formatted(units.fgw, json(HTML + SQL), json(body))), 201).path("id");
            assertIntact(Probe.get("notice", "/api/v1/notices/" + notice), "title", HTML + SQL);
            assertIntact(Probe.get("notice", "/api/v1/notices/" + notice), "body", body);
        }));
        return tests.stream();
    }

    /** PostgreSQL text cannot hold U+0000: every text field refuses it with 400 naming the field, and stores nothing. */
    @TestFactory
    Stream<DynamicTest> theNulCharacterIsRefusedNamingTheFieldNeverA500() {
        String a = "/api/v1/assignments/" + units.fgw;
        String nul = json("前\u0000后");
        return Stream.of(
                new Object[] {units.fgwOfficer, Probe.post("report narrative", a + "/reports", "{\"percent\": 10, \"narrative\": " + nul + "}"), "narrative"},
                new Object[] {units.fgwOfficer, Probe.post("report figure", a + "/reports",
                        "{\"percent\": 10, \"narrative\": \"x\", \"figures\": [{\"metric\": " + nul + ", \"value\": 1}]}"), "figures[0].metric"},
                new Object[] {units.fgwOfficer, Probe.post("extension reason", a + "/extensions",
                        "{\"requestedDeadline\": \"2031-01-31\", \"reason\": " + nul + "}"), "reason"},
                new Object[] {units.fgwOfficer, Probe.post("dispute reason", a + "/dispute", "{\"reason\": " + nul + "}"), "reason"},
                new Object[] {units.fgwOfficer, Probe.post("completion summary", a + "/completion-request", "{\"summary\": " + nul + "}"), "summary"},
                new Object[] {units.fgwOfficer, Probe.post("notice response", "/api/v1/notices/" + units.fgwNotice + "/response",
                        "{\"text\": " + nul + "}"), "text"},
                new Object[] {units.supervisor, Probe.post("plan title", "/api/v1/plans",
                        "{\"title\": " + nul + ", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市发展改革委\"]}]}"), "title"},
                new Object[] {units.supervisor, Probe.post("measure title", "/api/v1/plans",
                        "{\"title\": \"x\", \"measures\": [{\"number\": \"1\", \"title\": " + nul + ", \"leadUnits\": [\"市发展改革委\"]}]}"), "measures[0].title"},
                new Object[] {units.supervisor, Probe.post("webhook name", "/api/v1/webhooks",
                        "{\"name\": " + nul + ", \"url\": \"https://hooks.example.gov.cn/x\"}"), "name"})
                .map(c -> dynamicTest(c[1].toString(), () -> {
                    Probe probe = (Probe) c[1];
                    String token = (String) c[0];
                    Probe withVersion = probe.path().startsWith("/api/v1/assignments/")
                            ? probe.ifMatch(units.etag(token, units.fgw))
                            : probe.path().startsWith("/api/v1/notices/")
                            ? probe.ifMatch(ok(token, Probe.get("notice", "/api/v1/notices/" + units.fgwNotice), 200).header("ETag"))
                            : probe;
                    Response answer = units.gateway.send(token, withVersion);
                    assertEquals(400, answer.statusCode(), probe + " answered " + answer.asString());
                    assertEquals("application/problem+json", answer.contentType().replaceAll(";.*", ""));
                    List<String> fields = answer.jsonPath().getList("errors.field");
                    assertTrue(fields.stream().anyMatch(f -> f.endsWith((String) c[2])), probe + ": errors name " + fields);
                }));
    }

    @Test
    void aDeclaredBodyAboveTheGatewaysLimitIs413BeforeAnythingIsForwarded() throws IOException {
        String head = declareBody(units.fgwOfficer, "/api/v1/assignments/" + units.fgw + "/evidence", 30_000_000);
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        assertTrue(head.toLowerCase().contains("content-type: application/problem+json"), head);
    }

    /**
     * plan-service takes documents up to 12 MB, the gateway 21 MB (evidence): the gateway knows
     * plan-service's limit (gateway.services.plan.max-body-size) and answers itself, rather than
     * streaming the body to a service that would cut the connection (a 502 counted against its breaker).
     */
    @Test
    void aDeclaredBodyAboveTheServicesOwnLimitIs413AtTheGateway() throws IOException {
        String head = declareBody(units.supervisor, "/api/v1/plans/imports?dryRun=true", 13 * 1024 * 1024);
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        assertTrue(head.toLowerCase().contains("content-type: application/problem+json"), head);
    }

    /** Sends only the head of a request declaring a body of {@code length} bytes; answers the response's head. */
    private static String declareBody(String token, String path, long length) throws IOException {
        URI gateway = URI.create(units.gateway.url());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return readHead(socket.getInputStream());
        }
    }

    @Test
    void aFloodFromOneClientIs429WithRetryAfterAndAnotherClientIsServed() throws Exception {
        String integration = Suite.get().tokens.integration();
        Probe cheap = Probe.get("working days", "/api/v1/calendar/working-days?from=2024-01-01&to=2024-01-31");
        Response limited = null;
        for (int i = 0; i < 200 && limited == null; i++) {
            Response answer = units.gateway.once(integration, cheap);
            if (answer.statusCode() == 429) {
                limited = answer;
            } else {
                assertEquals(200, answer.statusCode(), answer.asString());
            }
        }
        assertTrue(limited != null, "200 requests in a row from one integration client were never limited");
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1, limited.headers().toString());
        assertEquals("application/problem+json", limited.contentType().replaceAll(";.*", ""));
        // another client's bucket is its own
        assertEquals(200, units.gateway.once(units.leader, cheap).statusCode());
    }

    private static void assertIntact(Probe read, String path, String expected) {
        String token = read.path().startsWith("/api/v1/plans") ? units.supervisor : units.fgwOfficer;
        Response answer = ok(token, read, 200);
        assertEquals(expected, answer.jsonPath().getString(path), read + " " + path);
        harmless(answer);
    }

    /** JSON, and the gateway forbids sniffing: a browser never runs the stored HTML. */
    private static void harmless(Response answer) {
        assertEquals("application/json", answer.contentType().replaceAll(";.*", ""));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
    }

    private static String readHead(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            head.append((char) c);
            if (head.toString().endsWith("\r\n\r\n")) {
                break;
            }
        }
        return head.toString();
    }
}
