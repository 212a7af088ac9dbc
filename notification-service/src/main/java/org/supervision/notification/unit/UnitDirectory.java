package org.supervision.notification.unit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

import org.supervision.contracts.unit.UnitChanged;
import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * notification-service's copy of the suite's unit directory (plan-service owns it), written from unit
 * events: which unit codes exist, so that contacts are kept only for units the suite knows.
 */
@ApplicationScoped
public class UnitDirectory {

    private final EntityManager entityManager;
    private final Clock clock;

    public UnitDirectory(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Takes a unit event in; one older than what is kept (events of a unit can be replayed) changes nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UnitChanged event) {
        if (event.unitId() == null || blank(event.code()) || blank(event.name()) || event.version() == null
                || !(Unit.ACTIVE.equals(event.status()) || Unit.RETIRED.equals(event.status()))) {
            throw new UnreadableEventException("unit event without unitId, code, name, version or a known status");
        }
        Unit unit = entityManager.find(Unit.class, event.unitId());
        if (unit == null) {
            unit = new Unit();
            unit.id = event.unitId();
        } else if (unit.version > event.version()) {
            return;
        }
        unit.code = event.code().strip();
        unit.name = event.name().strip();
        unit.status = event.status();
        unit.version = event.version();
        unit.updatedAt = OffsetDateTime.now(clock);
        entityManager.merge(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Unit> byCode(String code) {
        return entityManager.createQuery("from Unit where code = ?1", Unit.class).setParameter(1, code)
                .getResultStream().findFirst();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
