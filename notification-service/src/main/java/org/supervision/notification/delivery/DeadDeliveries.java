package org.supervision.notification.delivery;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The gauge {@code supervision_deliveries_dead{channel}}: deliveries that gave up (DEAD) and wait for a
 * person (a resend, or a fix of the address or webhook), per channel, in this service's database (every
 * replica reports the same). Counted every {@code supervision.deliveries.dead-count-every}; alert when it
 * grows.
 */
@ApplicationScoped
@Startup // its meters are there from the start, before the first sample
public class DeadDeliveries {

    private final EntityManager entityManager;
    private final Map<Channel, AtomicLong> dead = new EnumMap<>(Channel.class);

    public DeadDeliveries(EntityManager entityManager, MeterRegistry registry) {
        this.entityManager = entityManager;
        for (Channel channel : Channel.values()) {
            AtomicLong count = new AtomicLong();
            dead.put(channel, count);
            Gauge.builder("supervision.deliveries.dead", count, AtomicLong::get)
                    .description("Deliveries that gave up (DEAD) and wait for a resend or a fix, per channel")
                    .tag("channel", channel.name())
                    .register(registry);
        }
    }

    @Scheduled(identity = "dead-deliveries-count", every = "${supervision.deliveries.dead-count-every:30s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void count() {
        try {
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                    "select d.channel, count(d) from Delivery d where d.status = :dead group by d.channel", Object[].class)
                    .setParameter("dead", DeliveryStatus.DEAD).getResultList());
            Map<Channel, Long> found = new EnumMap<>(Channel.class);
            rows.forEach(row -> found.put((Channel) row[0], ((Number) row[1]).longValue()));
            dead.forEach((channel, count) -> count.set(found.getOrDefault(channel, 0L)));
        } catch (RuntimeException e) { // the database away: its own health check says so; keep the last count
            Log.debugf("dead deliveries not counted: %s", e.getMessage());
        }
    }
}
