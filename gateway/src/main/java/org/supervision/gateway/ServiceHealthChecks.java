package org.supervision.gateway;

import java.time.Duration;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * One readiness check per service (its own /q/health/ready, on its management interface), so the
 * gateway's readiness shows which service is down. Liveness has none of them: a service being down must never get the gateway restarted.
 */
@ApplicationScoped
public class ServiceHealthChecks {

    private final GatewayConfig config;
    private final ServiceClient client;
    private final HealthRegistry readiness;

    public ServiceHealthChecks(GatewayConfig config, ServiceClient client, @Readiness HealthRegistry readiness) {
        this.config = config;
        this.client = client;
        this.readiness = readiness;
    }

    void register(@Observes StartupEvent started) {
        Duration timeout = config.health().timeout();
        config.services().forEach((name, service) ->
                readiness.register("service:" + name, () -> check(name, service.managementBase(), timeout)));
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
