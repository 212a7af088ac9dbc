package org.supervision.gateway;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.proxy.handler.ProxyHandler;
import io.vertx.httpproxy.HttpProxy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Forwards /api/v1/** to the service that owns the path, streaming bodies both ways. Quarkus has
 * already checked the token (quarkus.http.auth.permission) before a request gets here; the token
 * is passed on unchanged, and every service checks it again. Each service has its own connection
 * pools, timeout and circuit breaker, so one failing service cannot take the others down.
 *
 * <p>One route takes every /api request and finds its service in the {@link PathMap} (the longest
 * configured prefix the path equals or lies below); a path no service owns is answered 404 here.
 */
@ApplicationScoped
public class ServiceRoutes {

    /** One service as the route sees it. */
    private record Target(String name, long maxBodyBytes, ProxyHandler proxy) {
    }

    private final GatewayConfig config;
    private final long maxBodyBytes;
    private final Map<String, CircuitBreaker> breakers = new TreeMap<>();

    private final MeterRegistry registry;
    private final UpstreamTls tls;

    public ServiceRoutes(GatewayConfig config, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
                         MeterRegistry registry, UpstreamTls tls) {
        this.config = config;
        this.registry = registry;
        this.tls = tls;
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Router router, Vertx vertx) {
        GatewayConfig.Upstream upstream = config.upstream();
        CircuitBreaker.Settings breakerSettings = CircuitBreaker.Settings.of(config.circuitBreaker());
        // each event loop keeps its own connections (EventLoopClients): the configured pool and wait
        // queue are shared out among the loops, so the service never sees more than max-pool-size
        int loops = eventLoops(vertx);
        int poolPerLoop = Math.max(1, (upstream.maxPoolSize() + loops - 1) / loops);
        int queuePerLoop = Math.max(1, (upstream.maxWaitQueue() + loops - 1) / loops);
        Map<String, Target> byPrefix = new LinkedHashMap<>();
        for (Map.Entry<String, GatewayConfig.Service> entry : config.services().entrySet()) {
            String name = entry.getKey();
            GatewayConfig.Service service = entry.getValue();
            URI url = URI.create(service.url());
            // a connection without traffic is closed after the idle timeout, so that no request (abandoned
            // or stuck) can hold a pooled connection for good; a full wait queue fails fast
            HttpClientOptions options = tls.apply(new HttpClientOptions()).setSsl(UpstreamTls.secure(url))
                    .setKeepAlive(true).setKeepAliveTimeout(20).setMaxPoolSize(poolPerLoop)
                    .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                    .setIdleTimeout((int) upstream.idleTimeout().toSeconds()).setMaxWaitQueueSize(queuePerLoop)
                    .setPoolCleanerPeriod(1000);
            EventLoopClients clients = new EventLoopClients(() -> vertx.createHttpClient(options), vertx.createHttpClient(options));
            CircuitBreaker breaker = new CircuitBreaker(name, breakerSettings, System::nanoTime);
            breakers.put(name, breaker);
            HttpProxy proxy = HttpProxy.reverseProxy(clients.offLoop())
                    .origin(new UpstreamOrigin(clients, SocketAddress.inetSocketAddress(UpstreamTls.port(url), url.getHost()),
                            upstream.connectTimeout().toMillis(), service.retryReads()))
                    .addInterceptor(new UpstreamGuard(name, vertx, breaker, service.timeout().toMillis(), new UpstreamMetrics(registry, name)));
            long serviceMaxBody = Math.min(service.maxBodySize().map(MemorySize::asLongValue).orElse(maxBodyBytes), maxBodyBytes);
            Target target = new Target(name, serviceMaxBody, ProxyHandler.create(proxy));
            for (String path : service.paths()) {
                if (byPrefix.put(PathMap.normalize(path), target) != null) {
                    throw new IllegalStateException("gateway.services: the path " + path + " is configured for two services");
                }
            }
            Log.infof("routing %s to %s (%s, timeout %s, %d connections per event loop)", service.paths(), url, name,
                    service.timeout(), poolPerLoop);
        }
        PathMap<Target> paths = PathMap.of(byPrefix);
        router.route("/api/*").order(HandlerOrder.SERVICE_ROUTES).handler(context -> forward(context, paths.lookup(context.normalizedPath())));
    }

    private void forward(RoutingContext context, Target target) {
        if (BodySizeLimit.refused(context, target == null ? maxBodyBytes : target.maxBodyBytes())) {
            return;
        }
        if (target == null) {
            Problem.of(404, "not-found", "Not found", "No service answers this path.", context).send(context, 0);
            return;
        }
        ForwardedHeaders.replace(context.request());
        ClientWrites.consolidate(context);
        target.proxy().handle(context);
    }

    private static int eventLoops(Vertx vertx) {
        int loops = 0;
        for (io.netty.util.concurrent.EventExecutor ignored : ((VertxInternal) vertx).getEventLoopGroup()) {
            loops++;
        }
        return Math.max(1, loops);
    }

    /** The breakers by service name, for health and tests. */
    Map<String, CircuitBreaker> breakers() {
        return breakers;
    }
}
