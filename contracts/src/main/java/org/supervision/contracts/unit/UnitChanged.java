package org.supervision.contracts.unit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of the unit events on {@link org.supervision.contracts.Topics#UNIT}, keyed by unit id: the unit as it
 * now is. {@value #CREATED} when it enters the directory (also when a published plan adds it),
 * {@value #CHANGED} on any later edit. {@code version} grows with each change, so a consumer can ignore an
 * older one; it is a {@code Long} so that a consumer can tell an event without it. {@code regionCode} is the
 * region the unit belongs to (the administrative division code, 450700 for 钦州市); null in events written before
 * the directory knew regions, and for a unit of a deployment without regions.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
                          String status, List<String> aliases, Long version, String regionCode) {

    public static final String CREATED = "supervision.unit.created.v1";
    public static final String CHANGED = "supervision.unit.changed.v1";

    /** The canonical constructor is the one JSON reads (the shorter one below is for code only). */
    @JsonCreator
    public UnitChanged {
    }

    /** A unit without a region, as events written before the directory knew regions read. */
    public UnitChanged(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
                       String status, List<String> aliases, Long version) {
        this(unitId, code, name, shortName, kind, parentId, status, aliases, version, null);
    }
}
