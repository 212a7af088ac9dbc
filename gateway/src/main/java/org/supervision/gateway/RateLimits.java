package org.supervision.gateway;

import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Who may call how often, in two steps. Before any token is verified: a request without a token
 * is limited by its remote address, and an address whose tokens keep being refused (401) is
 * slowed down. After verification: a token bucket per client and user (azp and sub), sized by the
 * user's most generous role. Only the verified token decides the client's bucket, so nobody can drain another
 * client's bucket with forged tokens.
 */
@ApplicationScoped
public class RateLimits {

    private static final Comparator<Rate> GENEROSITY = Comparator.comparingDouble(Rate::perSecond).thenComparingInt(Rate::burst);

    private final boolean enabled;
    private final Rate clientDefault;
    private final Map<String, Rate> byRole = new TreeMap<>();
    private final Rate anonymous;
    private final Rate rejectedTokens;
    private final RateLimiter limiter = new RateLimiter(System::nanoTime);

    public RateLimits(GatewayConfig config) {
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.enabled = limits.enabled();
        this.clientDefault = Rate.parse(limits.defaultLimit());
        limits.roles().forEach((role, rate) -> byRole.put(role, Rate.parse(rate)));
        this.anonymous = Rate.parse(limits.anonymous());
        this.rejectedTokens = Rate.parse(limits.rejectedTokens());
    }

    void register(@Observes Router router, Vertx vertx) {
        if (!enabled) {
            return;
        }
        router.route("/api/*").order(HandlerOrder.LIMIT_BY_ADDRESS).handler(this::byAddress);
        router.route("/api/*").order(HandlerOrder.LIMIT_BY_CLIENT).handler(this::byClient);
        vertx.setPeriodic(30_000, id -> limiter.sweep());
    }

    private void byAddress(RoutingContext context) {
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        if (context.request().getHeader("Authorization") == null) {
            long wait = limiter.take("address:" + address, anonymous);
            if (wait > 0) {
                tooMany(context, wait, "Too many requests without a token from this address.");
                return;
            }
        } else {
            long wait = limiter.peek("rejected:" + address, rejectedTokens);
            if (wait > 0) {
                tooMany(context, wait, "Too many refused tokens from this address.");
                return;
            }
            context.addHeadersEndHandler(v -> {
                if (context.response().getStatusCode() == 401) {
                    limiter.take("rejected:" + address, rejectedTokens);
                }
            });
        }
        context.next();
    }

    private void byClient(RoutingContext context) {
        Caller caller = Caller.of(context);
        if (caller == null) {
            context.next(); // not authenticated: the permission check has answered 401 already
            return;
        }
        long wait = limiter.take("client:" + caller.rateKey(), rateFor(caller.roles()));
        if (wait > 0) {
            tooMany(context, wait, "Too many requests from this client.");
            return;
        }
        context.next();
    }

    Rate rateFor(Set<String> roles) {
        return roles.stream().map(byRole::get).filter(java.util.Objects::nonNull).max(GENEROSITY).orElse(clientDefault);
    }

    private static void tooMany(RoutingContext context, long waitNanos, String detail) {
        Problem.of(429, "too-many-requests", "Too many requests", detail, context)
                .send(context, RateLimiter.retryAfterSeconds(waitNanos));
    }
}
