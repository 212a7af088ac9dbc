package org.supervision.gateway;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.registry.HealthRegistries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * One check per service (its own /q/health/ready, on its management interface), in the health group
 * {@value #GROUP} (/q/health/group/upstreams), so an operator sees which service is down.
 *
 * <p>They are deliberately not readiness checks: with several gateway replicas behind one Service, a
 * readiness that follows a service would take every replica out of rotation at once when one service is
 * down, and with it the routes to the services that are up. The gateway answers a down service itself
 * (its breaker, a 503 problem), so it is ready whenever it can serve ({@link GatewayReadiness}).
 */
@ApplicationScoped
public class ServiceHealthChecks {

    static final String GROUP = "upstreams";

    private final GatewayConfig config;
    private final ServiceClient client;

    public ServiceHealthChecks(GatewayConfig config, ServiceClient client) {
        this.config = config;
        this.client = client;
    }

    void register(@Observes StartupEvent started) {
        HealthRegistry upstreams = HealthRegistries.getHealthGroupRegistry(GROUP);
        Duration timeout = config.health().timeout();
        config.services().forEach((name, service) ->
                upstreams.register("service:" + name, () -> check(name, service.managementBase(), timeout)));
    }

    private Uni<HealthCheckResponse> check(String name, String url, Duration timeout) {
        String target = url + "/q/health/ready";
        return Uni.createFrom().completionStage(() -> client.get(target, timeout).toCompletionStage())
                .map(answer -> HealthCheckResponse.named("service:" + name).status(answer.status() == 200)
                        .withData("status", answer.status()).build())
                .onFailure().recoverWithItem(failure -> HealthCheckResponse.named("service:" + name).down()
                        .withData("error", failure.getClass().getSimpleName()).build());
    }
}
