package org.supervision.plan.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.supervision.local.testing.KafkaTestClient;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A text is stored as sent or refused as the body is read, never changed: U+0000 (PostgreSQL cannot
 * hold it) and half a surrogate pair (UTF-8 cannot: it was stored and published as '?') are a 400
 * naming the field; whole pairs, characters beyond U+FFFF, are kept exactly.
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "plan-service"))
class StorableTextTest {

    private static final String PLAN = """
            {"title": "%s", "year": 2024,
             "measures": [{"number": "1", "title": "%s", "leadUnits": ["市发展改革委"], "deadline": "2024-12-31"}]}""";

    @Test
    void aNulCharacterInAPlanOrMeasureTitleIsA400NamingTheField() {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"title\": \"方案\\u0000\", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市发展改革委\"]}]}")
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("title")).body("errors[0].rule", equalTo("noNulCharacter"));
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json")
                .body("{\"title\": \"方案\", \"measures\": [{\"number\": \"1\", \"title\": \"x\", \"leadUnits\": [\"市发展\\u0000改革委\"]}]}")
                .when().post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("measures[0].leadUnits[0]"));
    }

    @Test
    void halfASurrogatePairInAnyTextIsA400NamingTheFieldAndNothingIsStored() {
        String marker = "代理" + UUID.randomUUID().toString().substring(0, 8);
        refused(PLAN.formatted("方案" + marker + "\\ud800", "健全机制"), "title");
        refused(PLAN.formatted("方案" + marker, "健全\\udc00机制"), "measures[0].title");
        refused(PLAN.formatted("方案" + marker, "健全机制\\ud83d"), "measures[0].title"); // the pair cut off at the end
        refused(PLAN.formatted("方案" + marker, "健全\\ude00\\ud83d机制"), "measures[0].title"); // a pair the wrong way round
        // the same octets raw, not escaped (CESU-8 of U+D800)
        String raw = "{\"title\": \"方案" + marker + "\", \"year\": 2024, \"measures\": [{\"number\": \"1\", \"title\": \"x\", "
                + "\"leadUnits\": [\"市发展改革委\"], \"deadline\": \"2024-12-31\"}], \"issuer\": \"";
        byte[] body = concat(raw.getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                "\"}".getBytes(StandardCharsets.UTF_8));
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json").body(body)
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.supervisor()).queryParam("q", marker).when().get("/api/v1/plans")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void wholeSurrogatePairsAreStoredPublishedAndReadBackExactly() {
        String title = "方案𠀀😀" + UUID.randomUUID().toString().substring(0, 8);
        String measure = "推进𠮷野家🏛️标准化";
        String location = given().auth().oauth2(TestTokens.supervisor()).contentType("application/json; charset=UTF-8")
                .body(PLAN.formatted(title, measure)).when().post("/api/v1/plans")
                .then().statusCode(201).body("plan.title", equalTo(title)).extract().header("Location");
        given().auth().oauth2(TestTokens.leader()).when().get(location).then().statusCode(200)
                .body("plan.title", equalTo(title)).body("measures[0].title", equalTo(measure));
        given().auth().oauth2(TestTokens.leader()).queryParam("q", "𠀀😀").when().get("/api/v1/plans")
                .then().statusCode(200).body("find { it.title == '%s' }.title".formatted(title), equalTo(title));
        String id = location.substring(location.lastIndexOf('/') + 1);
        // The plan goes out as a header and then one event per measure, both keyed by the plan id.
        var events = KafkaTestClient.ofPlatform().awaitAll("supervision.plan.v1", r -> id.equals(r.key()), 2,
                Duration.ofSeconds(30));
        JsonPath header = JsonPath.from(events.get(0).value());
        JsonPath measureEvent = JsonPath.from(events.get(1).value());
        assertEquals("supervision.plan.published.v2", header.getString("type"));
        assertEquals(title, header.getString("data.title"));
        assertEquals("supervision.plan.measure.published.v1", measureEvent.getString("type"));
        assertEquals(measure, measureEvent.getString("data.measure.title"));
    }

    private static void refused(String body, String field) {
        given().auth().oauth2(TestTokens.supervisor()).contentType("application/json").body(body)
                .when().post("/api/v1/plans").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo(field)).body("errors[0].rule", equalTo("noLoneSurrogate"));
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
