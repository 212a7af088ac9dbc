package org.supervision.contracts.unit;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#UNIT}, keyed by group id: a group of
 * units (各县区人民政府) and its members as they now are. {@code regionCode}: the region whose plans name it
 * (null before the directory knew regions).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitGroupChanged(UUID groupId, String code, String name, List<String> aliases, List<UUID> members,
                               long version, String regionCode) {

    public static final String TYPE = "supervision.unit.group.changed.v1";

    /** The canonical constructor is the one JSON reads (the shorter one below is for code only). */
    @JsonCreator
    public UnitGroupChanged {
    }

    /** A group without a region, as events written before the directory knew regions read. */
    public UnitGroupChanged(UUID groupId, String code, String name, List<String> aliases, List<UUID> members,
                            long version) {
        this(groupId, code, name, aliases, members, version, null);
    }
}
