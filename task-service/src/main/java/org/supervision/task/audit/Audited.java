package org.supervision.task.audit;

import java.util.Map;
import java.util.UUID;

/**
 * What the audit trail follows of an assignment, told by the assignment itself: the trail is written by
 * the assignment's domain and must not depend on it (a package cycle), so it knows only this.
 */
public interface Audited {

    /** The id the trail is kept under. */
    UUID auditedId();

    /**
     * The fields the trail compares before and after a change, as they are now; {@code "state"} among them
     * is the state the entry records.
     */
    Map<String, Object> auditSnapshot();
}
