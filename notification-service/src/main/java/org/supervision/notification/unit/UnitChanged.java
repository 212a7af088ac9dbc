package org.supervision.notification.unit;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of supervision.unit.created.v1 and supervision.unit.changed.v1, as far as notification-service needs it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UnitChanged(UUID unitId, String code, String name, String status, Long version) {

    public static final String TOPIC = "supervision.unit.v1";
    public static final String CREATED = "supervision.unit.created.v1";
    public static final String CHANGED = "supervision.unit.changed.v1";
}
