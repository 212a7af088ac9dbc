package org.supervision.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The web console at /: served without a token, under a strict Content-Security-Policy, told where to sign in. */
@QuarkusTest
@QuarkusTestResource(EchoServices.class)
class ConsoleSiteTest {

    private static final String SSO = "https://sso.supervision.test:8443"; // %test.gateway.console.auth-server-url

    @Test
    void theConsoleIsServedAtTheRootWithoutATokenUnderAStrictPolicy() {
        String csp = given().when().get("/").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("督查督办工作台"))
                .body(containsString("<div id=\"app\"></div>"))
                .header("Cache-Control", equalTo("no-cache"))
                .header("X-Frame-Options", equalTo("DENY"))
                .extract().header("Content-Security-Policy");
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
                + "connect-src 'self' " + SSO + "; frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self' " + SSO
                + "; frame-ancestors 'none'", csp);
    }

    @Test
    void thePageLoadsOnlyFilesOfItsOwnAndNoInlineScript() {
        String html = given().when().get("/").then().statusCode(200).extract().asString();
        // every script has a src on this site: the policy has no 'unsafe-inline', so an inline one would not run
        Matcher scripts = Pattern.compile("<script([^>]*)>").matcher(html);
        int count = 0;
        while (scripts.find()) {
            count++;
            org.junit.jupiter.api.Assertions.assertTrue(scripts.group(1).matches(".*src=\"/assets/[^\"]+\\.js\".*"), scripts.group());
        }
        assertEquals(1, count, html);
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
        script.find();
        given().when().get(script.group(1)).then().statusCode(200)
                .contentType(containsString("javascript"))
                .header("Content-Security-Policy", startsWith("default-src 'self'"))
                .header("Cache-Control", not(equalTo("no-cache")))
                // a production build: no source maps, neither named in the script nor served beside it
                .body(not(containsString("sourceMappingURL")));
        given().when().get(script.group(1) + ".map").then().statusCode(404);
    }

    @Test
    void theConsoleIsToldWhereToSignInFromTheGatewaysConfiguration() {
        given().when().get("/console-config.json").then().statusCode(200)
                .contentType(containsString("application/json"))
                .body("authServerUrl", equalTo(SSO))
                .body("realm", equalTo("supervision"))
                .body("clientId", equalTo("supervision-app"));
    }

    @Test
    void theApiStillNeedsATokenAndKeepsTheDataPolicy() {
        given().when().get("/api/v1/assignments").then().statusCode(401)
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
        given().when().get("/q/openapi").then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'none'"));
    }

    @Test
    void anUnknownPageIsA404UnderTheConsolePolicy() {
        given().when().get("/no-such-page.html").then().statusCode(404)
                .header("Content-Security-Policy", matchesPattern("default-src 'self'; script-src 'self';.*"));
    }

    @Test
    void aRealmUrlIsSplitIntoServerAndRealmAndABadOneIsRefused() {
        ConsoleSite.RealmUrl realm = ConsoleSite.RealmUrl.parse("http://localhost:8180/realms/supervision/");
        assertEquals(new ConsoleSite.RealmUrl("http://localhost:8180", "supervision", "http://localhost:8180"), realm);
        assertEquals("https://sso.example/auth", ConsoleSite.RealmUrl.parse("https://sso.example/auth/realms/x").base());
        assertThrows(IllegalArgumentException.class, () -> ConsoleSite.RealmUrl.parse("http://localhost:8180/"));
        assertThrows(IllegalArgumentException.class, () -> ConsoleSite.RealmUrl.parse("/realms/supervision"));
    }

    @Test
    void mailedLinksToAnAssignmentOpenItsPageInTheConsole() {
        String id = "3f2b8c1e-0d4a-4e57-9a61-2b7d5c0e9f10";
        given().redirects().follow(false).when().get("/assignments/" + id)
                .then().statusCode(303).header("Location", equalTo("/#/assignments/" + id));
        given().redirects().follow(false).urlEncodingEnabled(false)
                .when().get("/assignments?planId=" + id + "&unitCode=QZ-FGW")
                .then().statusCode(303).header("Location", equalTo("/#/assignments?planId=" + id + "&unitCode=QZ-FGW"));
        // only an assignment's id: anything else under /assignments is not a console link
        given().redirects().follow(false).when().get("/assignments/..%2F..%2Fevil").then().statusCode(not(equalTo(303)));
        given().redirects().follow(false).when().get("/assignments/not-an-id").then().statusCode(404);
    }
}
