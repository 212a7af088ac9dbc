package org.supervision.endtoend;

import static io.restassured.RestAssured.given;

/** Real tokens from the platform's Keycloak, obtained the way README shows with curl. */
final class KeycloakTokens {

    private final String tokenUrl;

    KeycloakTokens(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    /** Password grant on the public client: LOCAL DEMO ONLY, the realm allows it for the demo users. */
    String user(String username) {
        return given().formParam("grant_type", "password").formParam("client_id", "supervision-app")
                .formParam("username", username).formParam("password", username)
                .when().post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }

    /** Client-credentials grant of the demo integration client (secret LOCAL DEMO ONLY). */
    String integration() {
        return given().formParam("grant_type", "client_credentials").formParam("client_id", "demo-integration")
                .formParam("client_secret", "demo-integration-secret")
                .when().post(tokenUrl).then().statusCode(200).extract().path("access_token");
    }
}
