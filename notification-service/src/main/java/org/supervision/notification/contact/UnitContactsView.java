package org.supervision.notification.contact;

import java.util.List;

/** A unit's addresses; {@code unitName} and {@code unitStatus} (ACTIVE, RETIRED) are null for a code the suite does not know. */
public record UnitContactsView(String unitCode, String unitName, String unitStatus, List<String> officers, List<String> leaders,
                               boolean digest) {
}
