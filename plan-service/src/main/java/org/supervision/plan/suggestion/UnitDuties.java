package org.supervision.plan.suggestion;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.supervision.plan.unit.Unit;
import org.supervision.plan.unit.UnitDirectory;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;

/**
 * Keeps the units' duty keywords. A unit without a row has no keywords at version 0; the first
 * change must name version 0, and every stored list is one version further, so two supervisors
 * editing the same unit's duties never overwrite each other.
 */
@ApplicationScoped
public class UnitDuties {

    private final UnitDirectory directory;
    private final Clock clock;

    public UnitDuties(UnitDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public UnitDutiesView of(UUID unitId) {
        Unit unit = unit(unitId);
        UnitDuty duty = UnitDuty.findById(unitId);
        return view(unit, duty);
    }

    @Transactional
    public UnitDutiesView replace(UUID unitId, long expectedVersion, List<String> keywords, String by) {
        Unit unit = unit(unitId);
        UnitDuty duty = UnitDuty.findById(unitId);
        Versions.check(expectedVersion, etag(duty), "The unit's duties");
        if (duty == null) {
            duty = new UnitDuty();
            duty.unitId = unitId;
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        keywords.forEach(k -> distinct.add(k.strip()));
        duty.keywords = new ArrayList<>(distinct);
        duty.updatedBy = by;
        duty.updatedAt = OffsetDateTime.now(clock);
        duty.persistAndFlush(); // flushed here, so the answer carries the new version
        return view(unit, duty);
    }

    private Unit unit(UUID unitId) {
        return directory.find(unitId).orElseThrow(() -> ProblemException.notFound("unit " + unitId));
    }

    /** 0 for a unit without keywords, then one more than the row's version (Hibernate starts a new row at 0). */
    private static long etag(UnitDuty duty) {
        return duty == null ? 0 : duty.version + 1;
    }

    private static UnitDutiesView view(Unit unit, UnitDuty duty) {
        return new UnitDutiesView(unit.id, unit.name, duty == null ? List.of() : List.copyOf(duty.keywords), etag(duty));
    }
}
