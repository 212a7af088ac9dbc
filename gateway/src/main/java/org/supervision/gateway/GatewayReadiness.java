package org.supervision.gateway;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The gateway's readiness: it can serve once its routes are in place. It never asks the services
 * (their checks are the group {@value ServiceHealthChecks#GROUP}, see {@link ServiceHealthChecks}).
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {

    private final ServiceRoutes routes;

    public GatewayReadiness(ServiceRoutes routes) {
        this.routes = routes;
    }

    @Override
    public HealthCheckResponse call() {
        int services = routes.breakers().size();
        return HealthCheckResponse.named("gateway").status(services > 0).withData("routedServices", services).build();
    }
}
