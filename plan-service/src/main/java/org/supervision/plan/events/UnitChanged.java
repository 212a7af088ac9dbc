package org.supervision.plan.events;

import java.util.List;
import java.util.UUID;

import org.supervision.plan.unit.Unit;

/**
 * Data of the unit events on {@value #TOPIC}: the unit as it now is. {@value #CREATED} when it
 * enters the directory (also when a published plan adds it), {@value #CHANGED} on any later edit.
 * Keyed by unit id, so one unit's events stay in order.
 */
public record UnitChanged(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
                          String status, List<String> aliases, long version) {

    public static final String TOPIC = "supervision.unit.v1";
    public static final String CREATED = "supervision.unit.created.v1";
    public static final String CHANGED = "supervision.unit.changed.v1";

    public static UnitChanged of(Unit unit) {
        return new UnitChanged(unit.id, unit.code, unit.name, unit.shortName, unit.kind, unit.parentId,
                unit.status.name(), List.copyOf(unit.aliases), unit.version);
    }
}
