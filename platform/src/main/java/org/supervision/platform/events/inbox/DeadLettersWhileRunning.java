package org.supervision.platform.events.inbox;

import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.IncomingKafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaConnectorIncomingConfiguration;
import io.smallrye.reactive.messaging.kafka.KafkaConsumer;
import io.smallrye.reactive.messaging.kafka.fault.KafkaFailureHandler;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The failure strategy of the incoming channels ({@code failure-strategy=dead-letters-while-running}):
 * the connector's dead-letter topic while the service runs, nothing while it stops. During a graceful
 * stop the consumer goes on taking records after the persistence unit has closed; each fails
 * ("EntityManagerFactory is closed") through no fault of its own, and dead-lettering it would commit
 * its offset and lose it. Left unacknowledged instead, it stays uncommitted (the throttled commit
 * strategy never commits past a record that was not acknowledged), so the next start, or another
 * replica, takes it again.
 */
@ApplicationScoped
@IfBuildProperty(name = EventInbox.ENABLED, stringValue = "true")
@Identifier(DeadLettersWhileRunning.STRATEGY)
public class DeadLettersWhileRunning implements KafkaFailureHandler.Factory {

    public static final String STRATEGY = "dead-letters-while-running";
    private static final Pattern FAILURE_STRATEGY = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.failure-strategy");

    private final KafkaFailureHandler.Factory deadLetters;
    private final MeterRegistry registry;
    /** Read by the handlers on the consumer's threads, possibly after this bean's container has gone. */
    private volatile boolean stopping;

    public DeadLettersWhileRunning(@Identifier(KafkaFailureHandler.Strategy.DEAD_LETTER_QUEUE) KafkaFailureHandler.Factory deadLetters,
                                   MeterRegistry registry) {
        this.deadLetters = deadLetters;
        this.registry = registry;
    }

    /** Before anything else stops: from now on a failure is taken for a consequence of the stop. */
    void onStop(@Observes @Priority(1) ShutdownEvent stop) {
        stopping = true;
    }

    /**
     * At start, the counter of every channel with this strategy, so each reads 0 until its first dead letter
     * (an alert needs the series; the connector makes a channel's handler only when it first needs it).
     */
    void onStart(@Observes StartupEvent start) {
        for (String name : ConfigProvider.getConfig().getPropertyNames()) {
            Matcher channel = FAILURE_STRATEGY.matcher(name);
            if (channel.matches() && STRATEGY.equals(ConfigProvider.getConfig().getOptionalValue(name, String.class).orElse(null))) {
                deadLetters(channel.group(1));
            }
        }
    }

    /** {@code supervision_inbox_dead_letters_total{channel}}: the records of a channel sent to its dead-letter topic. */
    private Counter deadLetters(String channel) {
        return Counter.builder("supervision.inbox.dead.letters")
                .description("Events of this channel sent to its dead-letter topic (they failed; look there for the reason)")
                .tag("channel", channel)
                .register(registry);
    }

    /** For tests, which cannot stop the service they run in. */
    public void stopping(boolean stopping) {
        this.stopping = stopping;
    }

    boolean isStopping() {
        ArcContainer container = Arc.container();
        return stopping || container == null || !container.isRunning();
    }

    @Override
    public KafkaFailureHandler create(KafkaConnectorIncomingConfiguration config, Vertx vertx,
            KafkaConsumer<?, ?> consumer, BiConsumer<Throwable, Boolean> reportFailure) {
        KafkaFailureHandler whileRunning = deadLetters.create(config, vertx, consumer, reportFailure);
        String channel = config.getChannel();
        Counter deadLettered = deadLetters(channel);
        return new KafkaFailureHandler() {
            @Override
            public <K, V> Uni<Void> handle(IncomingKafkaRecord<K, V> record, Throwable reason, Metadata metadata) {
                if (isStopping()) {
                    Log.warnf("%s: the record at %s-%d offset %d failed while the service stops; left uncommitted for the next start (%s)",
                            channel, record.getTopic(), record.getPartition(), record.getOffset(), reason.getClass().getSimpleName());
                    return Uni.createFrom().voidItem();
                }
                deadLettered.increment();
                return whileRunning.handle(record, reason, metadata);
            }

            @Override
            public void terminate() {
                whileRunning.terminate();
            }
        };
    }
}
