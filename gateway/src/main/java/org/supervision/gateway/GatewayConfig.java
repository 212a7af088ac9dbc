package org.supervision.gateway;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/**
 * Everything the gateway can be told: the path map (the one place a route is declared), and the
 * limits that protect the services behind it.
 *
 * <pre>
 * gateway.services.plan.url=http://localhost:8081
 * gateway.services.plan.paths=/api/v1/plans,/api/v1/units
 * gateway.services.plan.timeout=10s
 * </pre>
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Service> services();

    Upstream upstream();

    @WithName("circuit-breaker")
    Breaker circuitBreaker();

    @WithName("rate-limit")
    RateLimit rateLimit();

    Headers headers();

    /** The web console the gateway serves at / (ConsoleSite). */
    ConsoleSettings console();

    OpenApi openapi();

    Health health();

    @WithName("verified-tokens")
    VerifiedTokenCache verifiedTokens();

    @WithName("access-log")
    AccessLogSettings accessLog();

    interface Service {
        /** Base URL of the service, e.g. http://plan-service:8080 or https://plan-service:8443 (UpstreamTls). */
        String url();

        /**
         * Base URL of the service's management interface (health, its own API document), which is
         * not on the API port; the API port itself when unset (a service without one).
         */
        Optional<String> managementUrl();

        /** Where this service's /q/health and /q/openapi are. */
        default String managementBase() {
            return managementUrl().orElse(url()).replaceAll("/+$", "");
        }

        /** Path prefixes this service owns; a request matches a prefix exactly or below it. */
        List<String> paths();

        /**
         * The largest body this service takes (its own quarkus.http.limits.max-body-size), when smaller
         * than the gateway's: a larger declared body is answered 413 here instead of being streamed to a
         * service that would cut the connection (a 502 that would count against its breaker).
         */
        Optional<MemorySize> maxBodySize();

        /**
         * How long the service may stay silent: from the last byte of the request body until its
         * answer starts. A slow upstream gets a 504 instead of holding the client (and a pooled
         * connection) forever.
         */
        @WithDefault("10s")
        Duration timeout();

        /** GET and HEAD are tried once more when the connection could not be made at all. */
        @WithDefault("true")
        boolean retryReads();
    }

    interface Upstream {
        @WithDefault("2s")
        Duration connectTimeout();

        /** A pooled connection without traffic for this long is closed. */
        @WithDefault("30s")
        Duration idleTimeout();

        @WithDefault("64")
        int maxPoolSize();

        /** Requests waiting for a pooled connection beyond this fail at once (502) rather than queue up. */
        @WithDefault("512")
        int maxWaitQueue();

        /**
         * The Quarkus TLS configuration ({@code quarkus.tls.<name>.*}) whose trust store verifies the services'
         * certificates when their URLs are https; the JVM's default trust store when unset (UpstreamTls).
         */
        Optional<String> tlsConfigurationName();
    }

    interface Breaker {
        /** Opens after this many failures in a row (connection failure, 5xx, timeout). */
        @WithDefault("5")
        int consecutiveFailures();

        /** ...or when this share of the last {@code window} calls failed. */
        @WithDefault("0.5")
        double failureRate();

        @WithDefault("20")
        int window();

        /** How long an open breaker refuses calls before one probe is let through. */
        @WithDefault("30s")
        Duration coolDown();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** For an authenticated client (azp, else sub) whose roles have no limit of their own. */
        @WithName("default")
        @WithDefault("20/s burst 40")
        String defaultLimit();

        /** Per role; a client with several roles gets the most generous one. */
        Map<String, String> roles();

        /** Per remote IP, for requests without a token: checked before the token would be. */
        @WithDefault("10/s burst 20")
        String anonymous();

        /** Per remote IP, charged with every 401: someone trying tokens is slowed down before verification. */
        @WithDefault("5/s burst 20")
        String rejectedTokens();
    }

    interface Headers {
        /** Strict-Transport-Security value; empty (off) by default because local runs use plain http. */
        Optional<String> strictTransportSecurity();

        @WithDefault("default-src 'none'; frame-ancestors 'none'")
        String contentSecurityPolicy();
    }

    interface ConsoleSettings {
        /**
         * The realm's URL as the browser reaches it (https://sso.example.gov.cn/realms/supervision): the
         * console signs in there, and the console's Content-Security-Policy lets it connect there.
         */
        String authServerUrl();

        /** The public client the console signs in with (authorization code with PKCE). */
        @WithDefault("supervision-app")
        String clientId();
    }

    interface OpenApi {
        /** How long a complete combined document is reused. */
        @WithDefault("10s")
        Duration cache();

        /** How long the gateway waits for one service's document. */
        @WithDefault("2s")
        Duration timeout();

        /** The server URL clients should use; by default the host the request came to. */
        Optional<String> serverUrl();

        @WithDefault("Supervision suite API")
        String title();
    }

    interface Health {
        @WithDefault("2s")
        Duration timeout();
    }

    interface VerifiedTokenCache {
        /** Reuse the outcome of a token's verification for its next requests (off: verify every request). */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long a verification is reused at most (never beyond the token's expiry): bounds how long a
         * rotated-out signing key keeps working for tokens already seen.
         */
        @WithDefault("60s")
        Duration maxAge();

        /** Tokens remembered at most; beyond it, new tokens are verified every time until old ones expire. */
        @WithDefault("10000")
        int maxEntries();
    }

    interface AccessLogSettings {
        /** One line per request (AccessLog). */
        @WithDefault("true")
        boolean enabled();

        /** Where the lines go: standard output when unset, else appended to this file. */
        Optional<String> file();

        /** Longest a line waits in memory before it is written. */
        @WithDefault("1s")
        Duration flushEvery();
    }
}
