package org.supervision.plan.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Review of an imported draft with optimistic concurrency, publishing, and changes after publishing. */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class PlanReviewTest {

    @Inject
    EntityManager entityManager;

    private static final String COUNTIES = "5d7e6a52-3c1f-5b7e-9a43-0c2b1e8f6a01";
    private static final List<String> COUNTY_CODES = List.of("QZ-QNQ", "QZ-QBQ", "QZ-LSX", "QZ-PBX");

    private static String plan(String marker) {
        return """
                钦州市%s评审测试方案
                钦政办〔2024〕7号
                一、重点任务
                1.推进企业开办便利化。企业开办时间压缩至1个工作日以内。（牵头单位：市行政审批局；配合单位：市公安局、人社局，各县区人民政府）
                2.优化纳税服务。2024年9月底前实现全程网办。（牵头单位：市税务局；配合单位：市评审测试局%s）
                """.formatted(marker, marker);
    }

    private static ExtractableResponse<Response> importDraft(String marker) {
        return given().auth().oauth2(TestTokens.supervisor()).contentType("text/plain; charset=UTF-8").body(plan(marker))
                .when().post("/api/v1/plans/imports").then().statusCode(201).extract();
    }

    @Test
    void editsNeedTheCurrentETagAndAStaleOneChangesNothing() {
        String marker = marker();
        ExtractableResponse<Response> draft = importDraft(marker);
        String location = draft.header("Location");
        String etag = draft.header("ETag");
        String measureId = draft.path("measures[1].id");
        String edit = """
                {"number": "2", "title": "优化纳税服务", "text": "优化纳税服务。", "deadline": "2024-10-31",
                 "leadUnits": [{"name": "市税务局"}], "cooperatingUnits": [{"unitId": "0732f101-9939-53ae-a303-394dc1ef41fa"}],
                 "targets": [{"text": "网办率达到95%以上", "metric": "网办率", "comparator": ">=", "value": 95, "unit": "%"}]}""";

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(edit)
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(428).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(edit).header("If-Match", "\"999\"")
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(412).contentType("application/problem+json");
        String newTag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body(edit)
                .header("If-Match", etag)
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(200)
                .body("measures[1].deadline", equalTo("2024-10-31"))
                .body("measures[1].cooperatingUnits[0].name", equalTo("市市场监管局"))
                .body("measures[1].targets[0].value", equalTo(95))
                .extract().header("ETag");
        assertNotEquals(etag, newTag);
        // the reviewer who still holds the old ETag loses, and what the first one wrote stays
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body(edit.replace("2024-10-31", "2025-01-31")).header("If-Match", etag)
                .when().put(location + "/measures/" + measureId).then().statusCode(412);
        given().auth().oauth2(TestTokens.supervisor()).when().get(location)
                .then().statusCode(200).body("measures[1].deadline", equalTo("2024-10-31"));
        // rules of the body are named field by field; an unknown unit id is refused without a change
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", newTag)
                .body("{\"number\": \"\", \"title\": \"x\", \"leadUnits\": [{\"unitId\": \"" + UUID.randomUUID() + "\"}]}")
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(400).body("errors.field", hasItem("number"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", newTag)
                .body("{\"number\": \"2\", \"title\": \"x\", \"leadUnits\": [{\"unitId\": \"" + UUID.randomUUID() + "\"}]}")
                .when().put(location + "/measures/" + measureId)
                .then().statusCode(422).body("errors[0].field", equalTo("leadUnits[0].unitId"))
                .body("errors[0].rule", equalTo("unknown-unit"));
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SW")).contentType(ContentType.JSON).body(edit).header("If-Match", newTag)
                .when().put(location + "/measures/" + measureId).then().statusCode(403);
        given().auth().oauth2(TestTokens.supervisor()).when().get(location)
                .then().statusCode(200).header("ETag", equalTo(newTag));
    }

    @Test
    void publishingAddsUnknownUnitsExpandsGroupsAndTellsTaskService() {
        String marker = marker();
        ExtractableResponse<Response> draft = importDraft(marker);
        String location = draft.header("Location");
        String planId = draft.path("plan.id");
        // a header edit sets a default deadline for measures that name none
        String etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", draft.header("ETag"))
                .body("{\"title\": \"钦州市评审测试方案" + marker + "\", \"year\": 2024, \"defaultDeadline\": \"2024-11-30\"}")
                .when().put(location).then().statusCode(200).body("plan.defaultDeadline", equalTo("2024-11-30"))
                .extract().header("ETag");

        given().auth().oauth2(TestTokens.unitOfficer("QZ-SPJ")).header("If-Match", etag)
                .when().post(location + "/publish").then().statusCode(403);
        String published = given().auth().oauth2(TestTokens.supervisor()).header("If-Match", etag)
                .when().post(location + "/publish")
                .then().statusCode(200)
                .body("plan.status", equalTo("PUBLISHED"))
                .body("plan.publishedVersion", equalTo(1))
                .body("measures[1].cooperatingUnits[0].unitId", notNullValue())
                .body("warnings.code", hasItem("UNIT_ADDED"))
                .extract().header("ETag");
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", published)
                .when().post(location + "/publish").then().statusCode(409).contentType("application/problem+json");
        // the unit the plan named is in the directory now, and the directory said so
        given().auth().oauth2(TestTokens.leader()).queryParam("q", "评审测试局" + marker).when().get("/api/v1/units")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].code", org.hamcrest.Matchers.startsWith("U-"));
        kafka().await("supervision.unit.v1", r -> r.value().contains("评审测试局" + marker), Duration.ofSeconds(20));

        PlanEventsOnKafka events = PlanEventsOnKafka.await(planId, 2);
        assertEquals(1, events.header().getInt("data.version"));
        assertEquals("2024-11-30", events.header().getString("data.defaultDeadline"));
        assertEquals(1, events.measureEvent(0).getInt("data.planVersion"));
        assertEquals("2024-11-30", events.measure(0).getString("deadline"));
        assertEquals("2024-09-30", events.measure(1).getString("deadline"));
        List<Map<String, String>> units = events.measure(0).getList("units");
        List<String> codes = units.stream().map(u -> u.get("unitCode")).toList();
        assertEquals("QZ-SPJ", codes.get(0));
        assertTrue(codes.containsAll(List.of("QZ-GAJ", "QZ-RSJ")), codes.toString());
        assertTrue(codes.containsAll(COUNTY_CODES), "group expanded to its members: " + codes);
        assertTrue(units.stream().filter(u -> COUNTY_CODES.contains(u.get("unitCode"))).allMatch(u -> COUNTIES.equals(u.get("groupId"))));
        assertEquals(List.of("1", "2"), List.of(events.measure(0).getString("number"), events.measure(1).getString("number")));
    }

    @Test
    void changesAfterPublishingArePublishedAsMeasureEvents() {
        String marker = marker();
        ExtractableResponse<Response> draft = importDraft(marker);
        String location = draft.header("Location");
        String planId = draft.path("plan.id");
        String measureId = draft.path("measures[0].id");
        String etag = published(draft);

        String moved = measureBody(draft.asString(), m -> m.put("deadline", "2024-08-31").put("reason", "提前完成"));
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag).body(moved)
                .when().put(location + "/measures/" + measureId).then().statusCode(200).extract().header("ETag");
        JsonPath deadline = awaitType(planId, "supervision.plan.measure.deadline-changed.v1");
        assertEquals("2024-08-31", deadline.getString("data.measure.deadline"));
        assertEquals("2024-12-31", deadline.getString("data.previousDeadline"));
        assertEquals("提前完成", deadline.getString("data.reason"));

        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(measureBody(moved, m -> {
                    com.fasterxml.jackson.databind.node.ObjectNode gaj = (com.fasterxml.jackson.databind.node.ObjectNode)
                            m.withArray("cooperatingUnits").get(0);
                    gaj.removeAll();
                    gaj.put("name", "市财政局");
                }))
                .when().put(location + "/measures/" + measureId).then().statusCode(200).extract().header("ETag");
        JsonPath changed = awaitType(planId, "supervision.plan.measure.changed.v1");
        assertTrue(!changed.getList("data.measure.units.unitCode").contains("QZ-GAJ"), changed.prettify());
        assertTrue(changed.getList("data.measure.units.unitCode").contains("QZ-CZJ"), changed.prettify());

        // a published plan has no publish step to add a unit: a name the directory does not know is refused, not dropped
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"number\": \"3\", \"title\": \"新增措施\", \"leadUnits\": [{\"name\": \"市未登记局" + marker + "\"}]}")
                .when().post(location + "/measures").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("leadUnits[0].name")).body("errors[0].rule", equalTo("unknown-unit"));
        etag = given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"number\": \"3\", \"title\": \"新增措施\", \"leadUnits\": [{\"name\": \"市财政局\"}]}")
                .when().post(location + "/measures").then().statusCode(201).body("measures", hasSize(3))
                .extract().header("ETag");
        JsonPath added = awaitType(planId, "supervision.plan.measure.added.v1");
        assertEquals("QZ-CZJ", added.getString("data.measure.units[0].unitCode"));

        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", etag).queryParam("reason", "并入第2项")
                .when().delete(location + "/measures/" + measureId)
                .then().statusCode(200).body("measures[0].status", equalTo("WITHDRAWN"))
                .body("measures[1].status", org.hamcrest.Matchers.nullValue());
        JsonPath withdrawn = awaitType(planId, "supervision.plan.measure.withdrawn.v1");
        assertEquals(measureId, withdrawn.getString("data.measure.measureId"));
        assertEquals("并入第2项", withdrawn.getString("data.reason"));
        assertNull(withdrawn.getString("data.previousDeadline"));
        // a published plan's unit officers see it; its list count leaves out the withdrawn measure
        given().auth().oauth2(TestTokens.unitOfficer("QZ-SPJ")).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].measureCount", equalTo(2))
                .body("[0].status", not(equalTo("DRAFT")));
    }

    /** A measure without a deadline of its own is due on the plan's default: moving it moves that measure's deadline. */
    @Test
    void movingAPublishedPlansDefaultDeadlineMovesTheMeasuresThatHaveNoneOfTheirOwn() {
        ExtractableResponse<Response> draft = importDraft(marker());
        assertNull(draft.path("measures[0].deadline"), "measure 1 of the test plan names no date");
        String etag = published(draft);
        String location = draft.header("Location");
        String planId = draft.path("plan.id");
        String withoutDeadline = draft.path("measures[0].id");

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body("{\"title\": \"" + draft.path("plan.title") + "\", \"year\": 2024, \"defaultDeadline\": \"2024-11-30\"}")
                .when().put(location).then().statusCode(200).body("plan.defaultDeadline", equalTo("2024-11-30"));
        JsonPath moved = awaitType(planId, "supervision.plan.measure.deadline-changed.v1");
        assertEquals(withoutDeadline, moved.getString("data.measure.measureId"));
        assertEquals("2024-11-30", moved.getString("data.measure.deadline"));
        assertEquals("2024-12-31", moved.getString("data.previousDeadline"));
    }

    /** A retired unit keeps its name: a plan naming it is not published, and no second unit of that name is added. */
    @Test
    void aPlanNamingARetiredUnitIsRefusedAtPublishingAndNothingIsAdded() {
        String marker = marker();
        ExtractableResponse<Response> draft = importDraft(marker); // names 市评审测试局<marker>, unknown to the directory
        String name = "市评审测试局" + marker;
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON)
                .body("{\"code\": \"QZ-RET-" + marker + "\", \"name\": \"" + name + "\", \"kind\": \"department\"}")
                .when().post("/api/v1/units").then().statusCode(201);
        // no endpoint retires a unit: an administrator did, in the database
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("update unit set status = 'RETIRED' where name = ?1")
                .setParameter(1, name).executeUpdate());

        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", draft.header("ETag"))
                .when().post(draft.header("Location") + "/publish").then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("measures[1]")).body("errors[0].rule", equalTo("retired-unit"));
        given().auth().oauth2(TestTokens.supervisor()).when().get(draft.header("Location")).then().statusCode(200)
                .body("plan.status", equalTo("DRAFT")).header("ETag", equalTo(draft.header("ETag")));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", "评审测试局" + marker).when().get("/api/v1/units")
                .then().statusCode(200).body("code", equalTo(List.of("QZ-RET-" + marker)));
    }

    @Test
    void aDraftMeasureIsDeletedNotWithdrawnAndNothingIsPublished() {
        String marker = marker();
        ExtractableResponse<Response> draft = importDraft(marker);
        String planId = draft.path("plan.id");
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", draft.header("ETag"))
                .when().delete(draft.header("Location") + "/measures/" + draft.path("measures[0].id"))
                .then().statusCode(200).body("measures", hasSize(1)).body("measures[0].number", equalTo("2"));
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> kafka().await("supervision.plan.v1",
                r -> planId.equals(r.key()), Duration.ofSeconds(3)), "a draft publishes nothing");
    }

    @Test
    void aNulInAReasonOrASearchADateNoPlanHasAndAnEndlessNumberAreRefusedWithTheirRuleAndChangeNothing() {
        ExtractableResponse<Response> draft = importDraft(marker());
        String location = draft.header("Location");
        String etag = draft.header("ETag");
        String measureId = draft.path("measures[0].id");
        String nul = "must not contain the character U+0000";
        given().auth().oauth2(TestTokens.supervisor()).header("If-Match", etag).queryParam("reason", "并入\u0000第2项")
                .when().delete(location + "/measures/" + measureId)
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].message", equalTo(nul));
        String edit = """
                {"number": "1", "title": "推进企业开办便利化", "deadline": "%s", "leadUnits": [{"name": "市行政审批局"}],
                 "targets": [{"text": "企业开办时间压缩", "value": %s}]}""";
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(edit.formatted("+20240-06-30", "1")).when().put(location + "/measures/" + measureId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("deadline")).body("errors[0].rule", equalTo("planDate"));
        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(edit.formatted("2024-06-30", "1e999999999")).when().put(location + "/measures/" + measureId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("targets[0].value")).body("errors[0].rule", equalTo("decimalMax"));
        given().auth().oauth2(TestTokens.supervisor()).when().get(location).then().statusCode(200)
                .header("ETag", equalTo(etag)).body("measures", hasSize(2));

        for (String list : List.of("/api/v1/plans", "/api/v1/units")) {
            given().auth().oauth2(TestTokens.supervisor()).queryParam("q", "方案\u0000").when().get(list)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].message", equalTo(nul));
            given().auth().oauth2(TestTokens.supervisor()).queryParam("page", Integer.MAX_VALUE).when().get(list)
                    .then().statusCode(400).contentType("application/problem+json").body("errors[0].rule", equalTo("max"));
        }
        // a value JAX-RS cannot read would be an empty 404, as if the list did not exist
        given().auth().oauth2(TestTokens.supervisor()).queryParam("year", "二〇二四").when().get("/api/v1/plans")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("year")).body("errors[0].rule", equalTo("integer"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "ARCHIVED").when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].field", equalTo("status")).body("errors[0].rule", equalTo("one-of"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "gone").when().get("/api/v1/units")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("status", "draft").queryParam("year", 2024)
                .when().get("/api/v1/plans").then().statusCode(200).body("status", everyItem(equalTo("DRAFT")));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("issuer", "\u0000").when().get("/api/v1/plans")
                .then().statusCode(400).body("errors[0].message", equalTo(nul));
        given().auth().oauth2(TestTokens.supervisor()).queryParam("kind", "\u0000").when().get("/api/v1/units")
                .then().statusCode(400).body("errors[0].message", equalTo(nul));
    }

    /** Publishes the imported draft; returns the plan's new ETag. */
    private static String published(ExtractableResponse<Response> draft) {
        return given().auth().oauth2(TestTokens.supervisor()).header("If-Match", draft.header("ETag"))
                .when().post(draft.header("Location") + "/publish").then().statusCode(200).extract().header("ETag");
    }

    private static JsonPath awaitType(String planId, String type) {
        return JsonPath.from(kafka().await("supervision.plan.v1",
                r -> planId.equals(r.key()) && r.value().contains("\"" + type + "\""), Duration.ofSeconds(20)).value());
    }

    /**
     * The first measure of a plan document (or a measure body itself) as a PUT body, changed by
     * {@code change}: everything else is sent back as GET showed it.
     */
    private static String measureBody(String json, java.util.function.Consumer<com.fasterxml.jackson.databind.node.ObjectNode> change) {
        try {
            com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
            com.fasterxml.jackson.databind.JsonNode tree = mapper.readTree(json);
            com.fasterxml.jackson.databind.node.ObjectNode measure = (com.fasterxml.jackson.databind.node.ObjectNode)
                    (tree.has("measures") ? tree.path("measures").get(0) : tree);
            measure.remove(List.of("id", "children", "status"));
            change.accept(measure);
            return mapper.writeValueAsString(measure);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static KafkaTestClient kafka() {
        return KafkaTestClient.ofPlatform();
    }

    /** Without the digit 2: the marker is in the plan's title, where "2031" would be read as the plan's year. */
    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 8).replace('2', 'k');
    }
}
