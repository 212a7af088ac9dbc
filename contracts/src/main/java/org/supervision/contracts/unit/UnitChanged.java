package org.supervision.contracts.unit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of the unit events on {@link org.supervision.contracts.Topics#UNIT}, keyed by unit id: the unit as it
 * now is. {@value #CREATED} when it enters the directory (also when a published plan adds it),
 * {@value #CHANGED} on any later edit. {@code version} grows with each change, so a consumer can ignore an
 * older one; it is a {@code Long} so that a consumer can tell an event without it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(UUID unitId, String code, String name, String shortName, String kind, UUID parentId,
                          String status, List<String> aliases, Long version) {

    public static final String CREATED = "supervision.unit.created.v1";
    public static final String CHANGED = "supervision.unit.changed.v1";
}
