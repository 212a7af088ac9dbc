package org.supervision.platform.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.query.NativeQuery;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * The keys of creating requests (table idempotent_request), scoped to the caller.
 *
 * <p>The guarantee: one key creates at most once within {@link #RETENTION}. A request first claims its key
 * in a transaction of its own, so a concurrent retry sees it in flight (409); the creation then writes the
 * answer onto the claim in its own transaction ({@link #answer}), so there is no moment at which the object
 * exists and the key does not say so. A claim that never got its answer (the service died, or the request
 * failed and {@link #release} was not reached) created nothing; after {@link #IN_FLIGHT} another attempt
 * may take it over. The answer is written only while the attempt still holds the claim, so of two attempts
 * at most one commits its creation.
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key is remembered (and a successful answer replayed). */
    static final Duration RETENTION = Duration.ofHours(24);
    /** How long a claim without an answer blocks retries; longer than a creating request may take. */
    static final Duration IN_FLIGHT = Duration.ofMinutes(2);
    private static final int PURGE_BATCH = 1000;
    private static final int PURGE_BATCHES_PER_RUN = 20;

    /** What became of a claim: the key is now this request's, or it was answered, or it is another request's. */
    public sealed interface Claim {
    }

    public record Granted(UUID attempt) implements Claim {
    }

    public record Answered(RecordedAnswer answer) implements Claim {
    }

    /** The key was used for another method, path or body. */
    public record UsedForAnotherRequest() implements Claim {
    }

    /** An attempt with the same key has not answered yet. */
    public record InFlight() implements Claim {
    }

    private final EntityManager entityManager;
    private final Clock clock;

    public IdempotentRequests(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Claim claim(KeyedRequest request) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        UUID attempt = UUID.randomUUID();
        // a row released (deleted) between our statements sends us round again
        for (int round = 0; round < 3; round++) {
            int inserted = entityManager.createNativeQuery("""
                            insert into idempotent_request (caller, idempotency_key, method, path, body_hash, attempt, claimed_at)
                            values (:caller, :key, :method, :path, :hash, :attempt, :now) on conflict do nothing""")
                    .setParameter("caller", request.caller()).setParameter("key", request.key())
                    .setParameter("method", request.method()).setParameter("path", request.path())
                    .setParameter("hash", request.bodyHash()).setParameter("attempt", attempt).setParameter("now", now)
                    .executeUpdate();
            if (inserted == 1) {
                return new Granted(attempt);
            }
            // expired, or claimed by an attempt that never answered: that attempt created nothing
            int taken = entityManager.createNativeQuery("""
                            update idempotent_request set method = :method, path = :path, body_hash = :hash, attempt = :attempt,
                                   claimed_at = :now, answered_at = null, status = null, content_type = null,
                                   location = null, etag = null, body = null
                            where caller = :caller and idempotency_key = :key
                              and (claimed_at < :expired or (answered_at is null and claimed_at < :stale))""")
                    .setParameter("caller", request.caller()).setParameter("key", request.key())
                    .setParameter("method", request.method()).setParameter("path", request.path())
                    .setParameter("hash", request.bodyHash()).setParameter("attempt", attempt).setParameter("now", now)
                    .setParameter("expired", now.minus(RETENTION)).setParameter("stale", now.minus(IN_FLIGHT))
                    .executeUpdate();
            if (taken == 1) {
                return new Granted(attempt);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                            select method, path, body_hash, answered_at is not null, status, content_type, location, etag, body
                            from idempotent_request where caller = :caller and idempotency_key = :key""")
                    .setParameter("caller", request.caller()).setParameter("key", request.key())
                    .getResultList();
            if (rows.isEmpty()) {
                continue;
            }
            Object[] row = rows.get(0);
            if (!request.sameAs((String) row[0], (String) row[1], (String) row[2])) {
                return new UsedForAnotherRequest();
            }
            if (!(Boolean) row[3]) {
                return new InFlight();
            }
            return new Answered(new RecordedAnswer(((Number) row[4]).intValue(), (String) row[5], (String) row[6],
                    (String) row[7], (byte[]) row[8]));
        }
        return new InFlight();
    }

    /**
     * Writes the answer onto the claim, in the creation's transaction. False when the attempt no longer holds
     * the key (another took it over after {@link #IN_FLIGHT}): the caller must then roll its creation back.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean answer(KeyedRequest request, UUID attempt, RecordedAnswer answer) {
        NativeQuery<?> update = entityManager.createNativeQuery("""
                        update idempotent_request set answered_at = :now, status = :status, content_type = :type,
                               location = :location, etag = :etag, body = :body
                        where caller = :caller and idempotency_key = :key and attempt = :attempt and answered_at is null""")
                .unwrap(NativeQuery.class);
        return update.setParameter("now", OffsetDateTime.now(clock)).setParameter("status", answer.status())
                .setParameter("type", answer.contentType(), String.class)
                .setParameter("location", answer.location(), String.class)
                .setParameter("etag", answer.etag(), String.class)
                .setParameter("body", answer.body(), byte[].class)
                .setParameter("caller", request.caller()).setParameter("key", request.key())
                .setParameter("attempt", attempt)
                .executeUpdate() == 1;
    }

    /** The attempt failed: the key is free again for a corrected request. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(KeyedRequest request, UUID attempt) {
        entityManager.createNativeQuery("""
                        delete from idempotent_request
                        where caller = :caller and idempotency_key = :key and attempt = :attempt and answered_at is null""")
                .setParameter("caller", request.caller()).setParameter("key", request.key()).setParameter("attempt", attempt)
                .executeUpdate();
    }

    @Scheduled(every = "${supervision.idempotency.purge-every:10m}", skipExecutionIf = Scheduled.ApplicationNotRunning.class,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeOnSchedule() {
        purge();
    }

    /** Forgets keys older than {@link #RETENTION}, in small transactions and at most so many per run. */
    public int purge() {
        OffsetDateTime expired = OffsetDateTime.now(clock).minus(RETENTION);
        int purged = 0;
        for (int batch = 0; batch < PURGE_BATCHES_PER_RUN; batch++) {
            int deleted = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                            delete from idempotent_request where (caller, idempotency_key) in
                              (select caller, idempotency_key from idempotent_request where claimed_at < :expired limit :batch)""")
                    .setParameter("expired", expired).setParameter("batch", PURGE_BATCH).executeUpdate());
            purged += deleted;
            if (deleted < PURGE_BATCH) {
                return purged;
            }
        }
        Log.infof("purged %d idempotency keys; more are left for the next run", purged);
        return purged;
    }
}
