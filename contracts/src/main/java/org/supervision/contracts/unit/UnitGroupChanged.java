package org.supervision.contracts.unit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#UNIT}, keyed by group id: a group of
 * units (各县区人民政府) and its members as they now are.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitGroupChanged(UUID groupId, String code, String name, List<String> aliases, List<UUID> members,
                               long version) {

    public static final String TYPE = "supervision.unit.group.changed.v1";
}
