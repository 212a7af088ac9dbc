package org.supervision.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The one API document of the suite at /q/openapi: the services' own documents, fetched when asked
 * (a complete result is reused for a short while), with the paths the gateway routes to each, their
 * components and tags, the bearer security scheme, and the gateway as the server. A service that
 * does not answer is left out and named in {@code x-missing-services}; the others are still shown.
 */
@ApplicationScoped
public class CombinedOpenApi {

    static final String PATH = "/q/openapi";
    private static final JsonObject BEARER = new JsonObject().put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT")
            .put("description", "An access token of the Keycloak realm `supervision` with the audience `supervision-api`.");

    private record Cached(JsonObject document, long expiresAt) {
    }

    private final GatewayConfig config;
    private final ServiceClient client;
    private volatile Cached cached;

    public CombinedOpenApi(GatewayConfig config, ServiceClient client) {
        this.config = config;
        this.client = client;
    }

    void register(@Observes Router router) {
        router.get(PATH).handler(this::answer);
    }

    private void answer(RoutingContext context) {
        String server = config.openapi().serverUrl()
                .orElseGet(() -> context.request().scheme() + "://" + context.request().authority());
        Cached current = cached;
        Future<JsonObject> document = current != null && current.expiresAt() > System.nanoTime()
                ? Future.succeededFuture(current.document())
                : combine();
        document.onComplete(result -> {
            if (result.failed()) {
                context.fail(result.cause());
                return;
            }
            JsonObject answer = result.result().copy().put("servers", new JsonArray().add(new JsonObject().put("url", server)));
            context.response().putHeader("Content-Type", "application/json").end(answer.encodePrettily());
        });
    }

    private Future<JsonObject> combine() {
        Map<String, Future<ServiceClient.Answer>> fetches = new TreeMap<>();
        config.services().forEach((name, service) -> fetches.put(name,
                client.get(service.managementBase() + "/q/openapi?format=json", config.openapi().timeout())));
        return Future.join(new ArrayList<>(fetches.values())).transform(ignored -> {
            Map<String, JsonObject> documents = new TreeMap<>();
            List<String> missing = new ArrayList<>();
            fetches.forEach((name, fetch) -> {
                JsonObject document = fetch.succeeded() && fetch.result().status() == 200 ? parse(fetch.result()) : null;
                if (document == null) {
                    missing.add(name);
                } else {
                    documents.put(name, document);
                }
            });
            JsonObject combined = merge(documents, missing);
            if (missing.isEmpty()) {
                cached = new Cached(combined, System.nanoTime() + config.openapi().cache().toNanos());
            }
            return Future.succeededFuture(combined);
        });
    }

    private static JsonObject parse(ServiceClient.Answer answer) {
        try {
            return answer.body().toJsonObject();
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    JsonObject merge(Map<String, JsonObject> documents, List<String> missing) {
        JsonObject paths = new JsonObject();
        JsonObject components = new JsonObject();
        JsonArray tags = new JsonArray();
        Set<String> tagNames = new HashSet<>();
        JsonArray security = null;
        String version = "3.1.0";
        for (Map.Entry<String, JsonObject> entry : documents.entrySet()) {
            JsonObject document = entry.getValue();
            List<String> routed = config.services().get(entry.getKey()).paths();
            version = document.getString("openapi", version);
            // only what the gateway actually routes to this service: its internal paths stay internal
            document.getJsonObject("paths", new JsonObject()).forEach(path -> {
                if (routed.stream().anyMatch(prefix -> path.getKey().equals(prefix) || path.getKey().startsWith(prefix + "/"))) {
                    paths.getMap().putIfAbsent(path.getKey(), path.getValue());
                }
            });
            document.getJsonObject("components", new JsonObject()).forEach(section -> {
                if (section.getValue() instanceof JsonObject entries) {
                    JsonObject into = components.getJsonObject(section.getKey());
                    if (into == null) {
                        into = new JsonObject();
                        components.put(section.getKey(), into);
                    }
                    JsonObject target = into;
                    entries.forEach(item -> target.getMap().putIfAbsent(item.getKey(), item.getValue()));
                }
            });
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                if (tag instanceof JsonObject named && tagNames.add(named.getString("name"))) {
                    tags.add(named);
                }
            }
            if (security == null) {
                security = document.getJsonArray("security");
            }
        }
        JsonObject schemes = components.getJsonObject("securitySchemes");
        if (schemes == null || schemes.isEmpty()) {
            components.put("securitySchemes", new JsonObject().put("SecurityScheme", BEARER.copy()));
        }
        if (security == null) {
            String scheme = components.getJsonObject("securitySchemes").fieldNames().iterator().next();
            security = new JsonArray().add(new JsonObject().put(scheme, new JsonArray()));
        }
        String description = "All services of the suite behind the gateway." + (missing.isEmpty() ? ""
                : " Missing because they did not answer: " + String.join(", ", missing) + ".");
        JsonObject combined = new JsonObject().put("openapi", version)
                .put("info", new JsonObject().put("title", config.openapi().title()).put("version", "v1").put("description", description))
                .put("security", security).put("tags", tags).put("paths", paths).put("components", components)
                .put("x-missing-services", new JsonArray(missing));
        return combined;
    }
}
