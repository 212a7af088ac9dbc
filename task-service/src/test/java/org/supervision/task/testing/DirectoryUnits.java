package org.supervision.task.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

import jakarta.persistence.EntityManager;

import org.supervision.contracts.unit.UnitChanged;
import org.supervision.local.testing.KafkaTestClient;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Units put into task-service's copy of the unit directory as plan-service does: by a unit event, waited for. */
public final class DirectoryUnits {

    private DirectoryUnits() {
    }

    /** A new unit with a code of its own (unit codes are unique, and tests share one database). */
    public static String add(KafkaTestClient kafka, EntityManager entityManager, String prefix, String name, String status) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        UUID id = UUID.randomUUID();
        kafka.sendCloudEvent("supervision.unit.v1", id.toString(),
                IncomingEvents.unitChanged(UnitChanged.CREATED, id, code, name, status, 1));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            long found = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                    .createQuery("select count(u) from Unit u where u.code = :code").setParameter("code", code).getSingleResult());
            if (found > 0) {
                return code;
            }
            LockSupport.parkNanos(100_000_000L);
        }
        assertTrue(false, "unit " + code + " reached the directory");
        return code;
    }
}
