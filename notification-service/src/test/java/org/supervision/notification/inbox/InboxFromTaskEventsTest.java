package org.supervision.notification.inbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.supervision.notification.testing.TaskEventFixtures.TASK_TOPIC;
import static org.supervision.notification.testing.TaskEventFixtures.noticeChanged;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.notification.testing.TaskEventFixtures;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "notification-service"))
class InboxFromTaskEventsTest {

    private final KafkaTestClient kafka = KafkaTestClient.ofPlatform();

    @Inject EntityManager entityManager;

    private static String issued(String eventId, UUID assignmentId, String unitCode, String unitName, String role) {
        return TaskEventFixtures.issued(eventId, new AssignmentIssued(assignmentId, UUID.randomUUID(), "钦州市实施方案",
                UUID.randomUUID(), "3", "提升企业开办便利度", UUID.randomUUID(), unitCode, unitName, role, LocalDate.of(2024, 6, 30)));
    }

    @Test
    void eachUnitSeesItsOwnNewAssignmentOnceAndNotTheOtherUnits() {
        UUID fgw = UUID.randomUUID();
        UUID scjg = UUID.randomUUID();
        String fgwEvent = issued(UUID.randomUUID().toString(), fgw, "QZ-FGW", "市发展改革委", "LEAD");
        kafka.sendCloudEvent(TASK_TOPIC, fgw.toString(), fgwEvent);
        kafka.sendCloudEvent(TASK_TOPIC, fgw.toString(), fgwEvent); // redelivered
        kafka.sendCloudEvent(TASK_TOPIC, scjg.toString(), issued(UUID.randomUUID().toString(), scjg, "QZ-SCJG", "市市场监管局", "COOPERATING"));

        String fgwItem = awaitItem(TestTokens.unitOfficer("QZ-FGW"), fgw);
        String scjgItem = awaitItem(TestTokens.unitOfficer("QZ-SCJG"), scjg);

        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().statusCode(200)
                .body("unitCode", everyItem(equalTo("QZ-FGW")))
                .body("assignmentId", not(hasItem(scjg.toString())))
                .body("find { it.assignmentId == '%s' }.body".formatted(fgw), equalTo(
                        "《钦州市实施方案》第3项措施“提升企业开办便利度”已分派给市发展改革委（牵头单位），请及时签收。完成时限：2024年6月30日。"));
        List<String> fgwItems = given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath().getList("findAll { it.assignmentId == '%s' }.id".formatted(fgw));
        assertEquals(1, fgwItems.size(), "one item although the event came twice");

        // another unit's item: invisible, and cannot be marked read
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().post("/api/v1/inbox/" + scjgItem + "/read")
                .then().statusCode(404).contentType("application/problem+json");

        long unreadBefore = unread(TestTokens.unitOfficer("QZ-FGW"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).when().post("/api/v1/inbox/" + fgwItem + "/read")
                .then().statusCode(204);
        assertEquals(unreadBefore - 1, unread(TestTokens.unitOfficer("QZ-FGW")));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().body("find { it.id == '%s' }.readAt".formatted(fgwItem), notNullValue());
    }

    @Test
    void onlyTheUnitsOfficerMarksItsItemRead() {
        UUID assignment = UUID.randomUUID();
        kafka.sendCloudEvent(TASK_TOPIC, assignment.toString(),
                issued(UUID.randomUUID().toString(), assignment, "QZ-SPJ", "市行政审批局", "LEAD"));
        String item = awaitItem(TestTokens.unitOfficer("QZ-SPJ"), assignment);

        // leaders and the supervision office see every inbox, but "read" is the unit's own statement
        for (String token : List.of(TestTokens.leader(), TestTokens.supervisor(), TestTokens.integration())) {
            given().auth().oauth2(token).when().post("/api/v1/inbox/" + item + "/read")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        given().auth().oauth2(TestTokens.leader()).when().post("/api/v1/inbox/" + UUID.randomUUID() + "/read")
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().body("find { it.id == '%s' }.readAt".formatted(item), equalTo(null));

        given().auth().oauth2(TestTokens.unitOfficer("QZ-SPJ")).when().post("/api/v1/inbox/" + item + "/read").then().statusCode(204);
        given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().body("find { it.id == '%s' }.readAt".formatted(item), notNullValue());
    }

    /** A supervision notice (督办单) is told to its unit at once, each step once however often it is delivered. */
    @Test
    void aSupervisionNoticeIsToldToItsUnitAsItIsIssuedAndClosed() {
        String unit = "QZ-NTC-" + UUID.randomUUID().toString().substring(0, 8);
        UUID notice = UUID.randomUUID();
        UUID assignment = UUID.randomUUID();
        String title = "关于加快推进企业开办“一网通办”的督办单";
        String issued = noticeChanged(UUID.randomUUID().toString(), notice, "ISSUED", "OPEN", unit, assignment, title,
                LocalDate.of(2024, 10, 15));
        kafka.sendCloudEvent(TASK_TOPIC, notice.toString(), issued);
        kafka.sendCloudEvent(TASK_TOPIC, notice.toString(), issued); // redelivered
        kafka.sendCloudEvent(TASK_TOPIC, notice.toString(), noticeChanged(UUID.randomUUID().toString(), notice, "CLOSED",
                "CLOSED", unit, assignment, title, LocalDate.of(2024, 10, 15)));

        // the same key keeps the order: once the closing is there, the redelivery has been seen too
        TaskEventFixtures.await("the notice's closing", Duration.ofSeconds(20),
                () -> given().auth().oauth2(TestTokens.unitOfficer(unit)).when().get("/api/v1/inbox").then().statusCode(200)
                        .extract().jsonPath().getList("title").contains("督办单已办结：" + title));
        given().auth().oauth2(TestTokens.unitOfficer(unit)).when().get("/api/v1/inbox").then().statusCode(200)
                .body("kind", everyItem(equalTo("NOTICE")))
                .body("assignmentId", everyItem(equalTo(assignment.toString())))
                .body("title", containsInAnyOrder("督办单已下达：" + title, "督办单已办结：" + title))
                .body("find { it.title == '督办单已下达：%s' }.body".formatted(title),
                        equalTo("督办单“" + title + "”已下达，请于2024年10月15日前回复。"))
                .body("find { it.title == '督办单已办结：%s' }.body".formatted(title), equalTo("督办单已办结：“" + title + "”。"));
    }

    @Test
    void anEventWithoutAUnitIsDeadLettered() {
        kafka.sendCloudEvent(TASK_TOPIC, "no-unit", issued(UUID.randomUUID().toString(), UUID.randomUUID(), "", "", "LEAD"));
        var dead = kafka.await("supervision.task.v1.dlq.notification-service", r -> "no-unit".equals(r.key()), Duration.ofSeconds(20));
        org.junit.jupiter.api.Assertions.assertNotNull(dead.headers().lastHeader("dead-letter-reason"));
    }

    /**
     * A rolling upgrade: a newer replica wrote an item of a kind this version does not know. This
     * version shows the unit what it can (not a 500 for the whole page) and counts the item as unread.
     */
    @Test
    void anItemOfANewerVersionsKindIsLeftOutOfThisVersionsPages() {
        String unit = "QZ-NEW-" + UUID.randomUUID().toString().substring(0, 8);
        UUID known = item(unit, "NEW_ASSIGNMENT");
        UUID newer = item(unit, "HOLIDAY_GREETING");
        try {
            given().auth().oauth2(TestTokens.unitOfficer(unit)).when().get("/api/v1/inbox").then().statusCode(200)
                    .body("id", equalTo(List.of(known.toString())));
            given().auth().oauth2(TestTokens.supervisor()).queryParam("size", 200).when().get("/api/v1/inbox")
                    .then().statusCode(200).body("id", hasItem(known.toString())).body("id", not(hasItem(newer.toString())));
            assertEquals(2, unread(TestTokens.unitOfficer(unit)), "unread all the same");
            given().auth().oauth2(TestTokens.unitOfficer(unit)).when().post("/api/v1/inbox/" + newer + "/read")
                    .then().statusCode(404).contentType("application/problem+json");
        } finally {
            // no other test's page may meet a row its entity cannot read
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("delete from inbox_item where id = ?1")
                    .setParameter(1, newer).executeUpdate());
        }
    }

    /** An integration reads what it is granted, not everything: without a unit claim, no inbox at all. */
    @Test
    void anIntegrationWithoutAUnitClaimIsNotGrantedAnyInbox() {
        item("QZ-INT-" + UUID.randomUUID().toString().substring(0, 8), "NEW_ASSIGNMENT");
        for (String path : List.of("/api/v1/inbox", "/api/v1/inbox/unread-count")) {
            given().auth().oauth2(TestTokens.integration()).when().get(path).then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("detail", equalTo("This integration is not granted any unit's inbox: its token carries no unit claim."));
        }
    }

    /**
     * The unit claim grants an integration the inboxes it names (one code, or a list from a multivalued
     * mapper): it reads and counts those and nothing else, and never marks an item read.
     */
    @Test
    void anIntegrationWithAUnitClaimReadsOnlyTheGrantedUnitsInboxes() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String a = "QZ-INTA-" + suffix;
        String b = "QZ-INTB-" + suffix;
        String c = "QZ-INTC-" + suffix;
        UUID itemOfA = item(a, "NEW_ASSIGNMENT");
        UUID itemOfB = item(b, "NOTICE");
        UUID itemOfC = item(c, "NEW_ASSIGNMENT");

        String grantedA = TestTokens.token("service-account-sms-gateway", List.of("integration"), a);
        given().auth().oauth2(grantedA).queryParam("size", 200).when().get("/api/v1/inbox").then().statusCode(200)
                .body("id", equalTo(List.of(itemOfA.toString()))).body("unitCode", everyItem(equalTo(a)));
        assertEquals(1, unread(grantedA));

        String grantedAandB = TestTokens.claims("service-account-sms-gateway", List.of("integration"), null)
                .claim("unit", List.of(a, b)).jws().keyId("test-key").sign(TestTokens.privateKey());
        List<String> seen = given().auth().oauth2(grantedAandB).queryParam("size", 200).when().get("/api/v1/inbox")
                .then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(List.of(itemOfA.toString(), itemOfB.toString()).stream().sorted().toList(), seen.stream().sorted().toList());
        assertEquals(2, unread(grantedAandB));

        given().auth().oauth2(grantedAandB).when().post("/api/v1/inbox/" + itemOfA + "/read")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(grantedAandB).when().post("/api/v1/inbox/" + itemOfC + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.unitOfficer(a)).when().get("/api/v1/inbox").then().statusCode(200)
                .body("[0].readAt", equalTo(null));
    }

    /** A unit claim alone does not make an officer: without the role, the unit's inbox stays closed. */
    @Test
    void aUnitClaimWithoutTheOfficersRoleSeesNothingOfTheUnit() {
        String unit = "QZ-CLM-" + UUID.randomUUID().toString().substring(0, 8);
        UUID item = item(unit, "NEW_ASSIGNMENT");
        String member = TestTokens.token("member-" + unit.toLowerCase(), List.of(), unit);
        given().auth().oauth2(member).when().get("/api/v1/inbox").then().statusCode(200).body("size()", equalTo(0));
        assertEquals(0, unread(member));
        given().auth().oauth2(member).when().post("/api/v1/inbox/" + item + "/read").then().statusCode(404);
        given().auth().oauth2(TestTokens.unitOfficer(unit)).when().get("/api/v1/inbox").then().statusCode(200)
                .body("id", equalTo(List.of(item.toString()))).body("[0].readAt", equalTo(null));
    }

    /**
     * Past a few million pages the offset would overflow an int: a 400 naming the rule, not Hibernate's
     * 500. A value that is not an id or a status is a 400 naming the parameter, not JAX-RS's empty 404.
     */
    @Test
    void aPagePastAnyListAndAValueOfTheWrongTypeAreRefusedWithTheirRule() {
        Map<String, List<String>> wrong = Map.of("/api/v1/reminders", List.of("assignmentId", "not-an-id", "uuid"),
                "/api/v1/deliveries", List.of("status", "LOST", "one-of"));
        wrong.forEach((path, query) -> given().auth().oauth2(TestTokens.supervisor()).queryParam(query.get(0), query.get(1))
                .when().get(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains(query.get(0))).body("errors.rule", contains(query.get(2))));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "dead").when().get("/api/v1/deliveries")
                .then().statusCode(200);
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("page", Integer.MAX_VALUE).when().get("/api/v1/inbox")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].rule", equalTo("max"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "DEAD").queryParam("page", Integer.MAX_VALUE)
                .when().get("/api/v1/deliveries")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].rule", equalTo("max"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-FGW")).queryParam("page", 1_000_000).when().get("/api/v1/inbox")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void withoutATokenTheInboxIsClosed() {
        given().when().get("/api/v1/inbox").then().statusCode(401);
    }

    private UUID item(String unit, String kind) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        insert into inbox_item (id, unit_code, kind, title, body, source_event_id, created_at)
                        values (?1, ?2, ?3, '新的通知', '正文', ?4, now())""")
                .setParameter(1, id).setParameter(2, unit).setParameter(3, kind).setParameter(4, "inbox-test:" + id).executeUpdate());
        return id;
    }

    private static long unread(String token) {
        return given().auth().oauth2(token).when().get("/api/v1/inbox/unread-count").then().statusCode(200)
                .extract().jsonPath().getLong("unread");
    }

    private static String awaitItem(String token, UUID assignmentId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            List<String> ids = given().auth().oauth2(token).queryParam("size", 200).when().get("/api/v1/inbox")
                    .then().statusCode(200).extract().jsonPath()
                    .getList("findAll { it.assignmentId == '%s' }.id".formatted(assignmentId));
            if (!ids.isEmpty() || System.nanoTime() > deadline) {
                assertEquals(1, ids.size(), "inbox items for assignment " + assignmentId);
                return ids.get(0);
            }
            LockSupport.parkNanos(100_000_000L);
        }
    }
}
