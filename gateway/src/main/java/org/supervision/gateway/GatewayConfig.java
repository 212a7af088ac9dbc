package org.supervision.gateway;

import java.util.List;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * The path map: which service owns which API paths. The one place a route is declared.
 *
 * <pre>
 * gateway.services.plan.url=http://localhost:8081
 * gateway.services.plan.paths=/api/v1/plans,/api/v1/units
 * </pre>
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    Map<String, Service> services();

    interface Service {
        /** Base URL of the service, e.g. http://plan-service:8080. */
        String url();

        /** Path prefixes this service owns; a request matches a prefix exactly or below it. */
        List<String> paths();
    }
}
