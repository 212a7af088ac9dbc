package org.supervision.gateway;

import java.net.URI;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The web console (the {@code console} module's jar, whose files Quarkus serves from META-INF/resources
 * at /): where it signs in, told at {@code /console-config.json}, and the Content-Security-Policy its
 * pages get. The policy allows scripts, styles and calls only from the gateway itself, plus calls to the
 * sign-in server; nothing inline, no frames, no plug-ins.
 */
@ApplicationScoped
public class ConsoleSite {

    static final String CONFIG_PATH = "/console-config.json";
    /**
     * The links reminders and digests mail (link base + /assignments/{id}, or /assignments?planId=…&unitCode=…)
     * name console pages by path; the console routes by fragment, so these paths answer with a redirect there.
     */
    static final String MAILED_LINKS = "/assignments(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})?/?";

    private final String configJson;
    private final String contentSecurityPolicy;

    public ConsoleSite(GatewayConfig config) {
        RealmUrl realm = RealmUrl.parse(config.console().authServerUrl());
        this.configJson = new JsonObject()
                .put("authServerUrl", realm.base())
                .put("realm", realm.realm())
                .put("clientId", config.console().clientId())
                .encode();
        this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
                + "font-src 'self'; connect-src 'self' " + realm.origin() + "; frame-src 'none'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self' " + realm.origin() + "; frame-ancestors 'none'";
    }

    void register(@Observes Router router) {
        router.get(CONFIG_PATH).handler(context -> context.response()
                .putHeader("Content-Type", "application/json")
                .end(configJson));
        router.getWithRegex(MAILED_LINKS).handler(context -> {
            String path = context.request().path().replaceAll("/$", "");
            String query = context.request().query();
            // relative to this site, so the redirect cannot lead elsewhere whatever the query holds
            context.response().setStatusCode(303)
                    .putHeader("Location", "/#" + path + (query == null || query.isEmpty() ? "" : "?" + query))
                    .end();
        });
    }

    String contentSecurityPolicy() {
        return contentSecurityPolicy;
    }

    /** The console's pages and files: everything the gateway answers outside the API and /q. */
    static boolean isConsolePath(String path) {
        return path != null && !path.equals("/api") && !path.startsWith("/api/") && !path.equals("/q") && !path.startsWith("/q/");
    }

    /** Pages whose name stays while their content changes: a browser asks again each time (the hashed assets may be kept). */
    static boolean isRevalidated(String path) {
        return "/".equals(path) || "/index.html".equals(path) || CONFIG_PATH.equals(path);
    }

    /** keycloak-js wants the server's base URL and the realm apart; operators give the realm's URL, as for quarkus-oidc. */
    record RealmUrl(String base, String realm, String origin) {

        static RealmUrl parse(String realmUrl) {
            String url = realmUrl.strip().replaceAll("/+$", "");
            int at = url.lastIndexOf("/realms/");
            if (at < 0 || at + "/realms/".length() == url.length()) {
                throw new IllegalArgumentException("gateway.console.auth-server-url must be a realm's URL, "
                        + "like https://sso.example/realms/supervision; it was " + realmUrl);
            }
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("gateway.console.auth-server-url must be an absolute http(s) URL; it was " + realmUrl);
            }
            String origin = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            return new RealmUrl(url.substring(0, at), url.substring(at + "/realms/".length()), origin);
        }
    }
}
