package org.supervision.local;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the Qinzhou sample plan (钦政办〔2024〕2号) into a fresh local suite, the way a supervisor
 * would: imported through the gateway, then published, so that a newcomer finds real measures, units
 * and assignments (and the demo unit officers find theirs). Done once per data folder.
 */
final class DemoPlan {

    static final String RESOURCE = "/demo/qinzhou-2024-implementation-plan.txt";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PLAN_ID = Pattern.compile("\"plan\"\\s*:\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private DemoPlan() {
    }

    /** Loads the demo plan unless this data folder already has it; returns the plan's URL, or null when skipped. */
    static String loadOnce(LocalPlatform platform, Path data) throws IOException, InterruptedException {
        Path marker = data.resolve("demo-plan-loaded");
        if (Files.exists(marker)) {
            return null;
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        String token = supervisorToken(http, platform.keycloak().tokenUrl());
        String gateway = platform.service("gateway").url();
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/plans/imports"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/plain; charset=UTF-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofByteArray(sample())).build(), HttpResponse.BodyHandlers.ofString());
        if (imported.statusCode() != 201) {
            throw new PlatformException("importing the demo plan answered " + imported.statusCode() + ": " + imported.body());
        }
        Matcher id = PLAN_ID.matcher(imported.body());
        if (!id.find()) {
            throw new PlatformException("the import answer names no plan id");
        }
        String plan = gateway + "/api/v1/plans/" + id.group(1);
        String etag = imported.headers().firstValue("ETag").orElse("\"0\"");
        HttpResponse<String> published = http.send(HttpRequest.newBuilder(URI.create(plan + "/publish"))
                .header("Authorization", "Bearer " + token)
                .header("If-Match", etag)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (published.statusCode() != 200) {
            throw new PlatformException("publishing the demo plan answered " + published.statusCode() + ": " + published.body());
        }
        Files.writeString(marker, plan + "\n", StandardCharsets.UTF_8);
        return plan;
    }

    /** The local realm's demo supervisor (password grant is enabled for supervision-app in the local realm only). */
    private static String supervisorToken(HttpClient http, String tokenUrl) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=supervision-app&username=supervisor&password=supervisor&scope="
                + URLEncoder.encode("openid", StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = ACCESS_TOKEN.matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new PlatformException("the demo supervisor got no token from Keycloak (" + answer.statusCode() + ")");
        }
        return token.group(1);
    }

    private static byte[] sample() throws IOException {
        try (InputStream in = DemoPlan.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new PlatformException("the demo plan " + RESOURCE + " is missing from the launcher");
            }
            return in.readAllBytes();
        }
    }
}
