package org.supervision.gateway;

import java.net.URI;
import java.util.Map;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forwards /api/v1/** to the service that owns the path, streaming bodies both ways. Quarkus has
 * already checked the token (quarkus.http.auth.permission) before a request gets here; the token
 * is passed on unchanged, and every service checks it again.
 */
@ApplicationScoped
public class ServiceRoutes {

    private final GatewayConfig config;

    public ServiceRoutes(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        router.route("/api/*").order(-10).handler(context -> {
            String requestId = RequestIds.keepOrCreate(context.request().getHeader(RequestIds.HEADER));
            context.request().headers().set(RequestIds.HEADER, requestId);
            context.response().putHeader(RequestIds.HEADER, requestId);
            context.next();
        });
        for (Map.Entry<String, GatewayConfig.Service> service : config.services().entrySet()) {
            URI url = URI.create(service.getValue().url());
            // a connection that shows no activity for 30 s is closed, so that a request abandoned by its
            // client can never hold a pooled connection for good; a full wait queue fails fast
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true).setKeepAliveTimeout(20).setMaxPoolSize(64).setConnectTimeout(2000)
                    .setIdleTimeout(30).setMaxWaitQueueSize(512).setPoolCleanerPeriod(1000));
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(url.getPort() > 0 ? url.getPort() : 80, url.getHost());
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String path : service.getValue().paths()) {
                router.route(path).handler(handler);
                router.route(path + "/*").handler(handler);
            }
            Log.infof("routing %s to %s (%s)", service.getValue().paths(), url, service.getKey());
        }
    }

    void logRoutes(@Observes StartupEvent started) {
        Log.infof("gateway routes: %d services", config.services().size());
    }
}
