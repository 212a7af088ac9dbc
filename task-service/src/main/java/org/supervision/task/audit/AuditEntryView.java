package org.supervision.task.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One line of an assignment's audit trail as the API shows it. */
public record AuditEntryView(long seq, OffsetDateTime at, String actor, String action, String fromState, String toState,
                             Map<String, Object> before, Map<String, Object> after, String reason) {

    public static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.seq, e.at, e.actor, e.action, e.fromState, e.toState, e.before, e.after, e.reason);
    }
}
