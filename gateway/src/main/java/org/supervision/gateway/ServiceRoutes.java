package org.supervision.gateway;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import io.quarkus.logging.Log;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forwards /api/v1/** to the service that owns the path, streaming bodies both ways. Quarkus has
 * already checked the token (quarkus.http.auth.permission) before a request gets here; the token
 * is passed on unchanged, and every service checks it again. Each service has its own connection
 * pool, timeout and circuit breaker, so one failing service cannot take the others down.
 */
@ApplicationScoped
public class ServiceRoutes {

    private final GatewayConfig config;
    private final Map<String, CircuitBreaker> breakers = new TreeMap<>();

    public ServiceRoutes(GatewayConfig config) {
        this.config = config;
    }

    void register(@Observes Router router, Vertx vertx) {
        GatewayConfig.Upstream upstream = config.upstream();
        CircuitBreaker.Settings breakerSettings = CircuitBreaker.Settings.of(config.circuitBreaker());
        for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Service service = entry.getValue();
            URI url = URI.create(service.url());
            // a connection without traffic is closed after the idle timeout, so that no request (abandoned
            // or stuck) can hold a pooled connection for good; a full wait queue fails fast
            HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                    .setKeepAlive(true).setKeepAliveTimeout(20).setMaxPoolSize(upstream.maxPoolSize())
                    .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                    .setIdleTimeout((int) upstream.idleTimeout().toSeconds()).setMaxWaitQueueSize(upstream.maxWaitQueue())
                    .setPoolCleanerPeriod(1000));
            CircuitBreaker breaker = new CircuitBreaker(name, breakerSettings, System::nanoTime);
            breakers.put(name, breaker);
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .origin(new UpstreamOrigin(SocketAddress.inetSocketAddress(url.getPort() > 0 ? url.getPort() : 80, url.getHost()),
                            upstream.connectTimeout().toMillis(), service.retryReads()))
                    .addInterceptor(new UpstreamGuard(name, vertx, breaker, service.timeout().toMillis()));
            ProxyHandler handler = ProxyHandler.create(proxy);
            for (String path : service.paths()) {
                router.route(path).handler(handler);
                router.route(path + "/*").handler(handler);
            }
            Log.infof("routing %s to %s (%s, timeout %s)", service.paths(), url, name, service.timeout());
        }
    }

    /** The breakers by service name, for health and tests. */
    Map<String, CircuitBreaker> breakers() {
        return breakers;
    }
}
