package org.supervision.endtoend;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Sends {@link Probe}s through the gateway with a token. The gateway limits requests per client,
 * and every user of the public app client shares that client's bucket (SECURITY.md, API4), so a test
 * sending hundreds of requests in a few seconds is answered 429 now and then; like a well-behaved
 * client it waits and sends the request again (a 429 was never forwarded, so nothing happened twice).
 * Only the flood test wants the 429 itself and uses {@link #once}.
 */
final class GatewayClient {

    private final String gateway;

    GatewayClient(String gateway) {
        this.gateway = gateway;
    }

    String url() {
        return gateway;
    }

    Response send(String token, Probe probe) {
        AtomicReference<Response> answer = new AtomicReference<>();
        await("not rate-limited: " + probe).atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(300)).until(() -> {
                    answer.set(once(token, probe));
                    return answer.get().statusCode() != 429;
                });
        return answer.get();
    }

    Response once(String token, Probe probe) {
        RequestSpecification request = given().baseUri(gateway);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (probe.ifMatch() != null) {
            request.header("If-Match", probe.ifMatch());
        }
        if (Probe.MULTIPART.equals(probe.contentType())) {
            request.multiPart("file", "evidence.txt", probe.body().getBytes(StandardCharsets.UTF_8), "text/plain");
        } else if (probe.contentType() != null) {
            request.contentType(probe.contentType() + "; charset=UTF-8").body(probe.body().getBytes(StandardCharsets.UTF_8));
        }
        return request.when().request(probe.method(), probe.path()).then().extract().response();
    }
}
