package org.supervision.task.plan;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import org.supervision.platform.events.inbox.UnreadableEventException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The headers of the published plans, kept from plan.published events, for the measure events that follow. */
@ApplicationScoped
public class Plans {

    /** The assignment's plan_title column. */
    private static final int MAX_TITLE = 500;

    private final EntityManager entityManager;
    private final Clock clock;

    public Plans(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Takes a plan's header in; one of an older published version than the one kept (a replay) changes
     * nothing. {@code measureCount} is null when the header came with its measures (v1).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void published(UUID planId, String title, String docNumber, int year, int version, Integer measureCount,
                          OffsetDateTime publishedAt) {
        if (planId == null) {
            throw new UnreadableEventException("plan.published without planId");
        }
        Plan plan = entityManager.find(Plan.class, planId);
        if (plan == null) {
            plan = new Plan();
            plan.id = planId;
        } else if (plan.version > version) {
            return;
        }
        plan.title = title == null ? "" : clip(title.strip(), MAX_TITLE);
        plan.docNumber = docNumber == null ? null : clip(docNumber.strip(), 100);
        plan.year = year;
        plan.version = version;
        plan.measureCount = measureCount;
        plan.publishedAt = publishedAt;
        plan.updatedAt = OffsetDateTime.now(clock);
        entityManager.merge(plan);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> titleOf(UUID planId) {
        return Optional.ofNullable(entityManager.find(Plan.class, planId)).map(p -> p.title);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text
                : text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }
}
