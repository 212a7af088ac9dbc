package org.supervision.task.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Data of {@value #TYPE}: a notice was issued, answered or closed. Keyed by notice id on the task
 * topic, so one notice's events stay in order. Contract: docs/events/.
 */
public record NoticeChanged(UUID noticeId, Action action, String unitCode, List<UUID> assignmentIds, String title,
                            LocalDate respondBy, NoticeState state, String actor, OffsetDateTime at) {

    public static final String TYPE = "supervision.notice.changed.v1";
    public static final String TOPIC = "supervision.task.v1";

    public enum Action {
        ISSUED, RESPONDED, CLOSED;

        /** The action as the assignments' audit trail names it. */
        String auditAction() {
            return "NOTICE_" + name();
        }
    }

    static NoticeChanged of(Notice n, Action action, String actor, OffsetDateTime at) {
        return new NoticeChanged(n.id, action, n.unitCode, List.copyOf(n.assignmentIds), n.title, n.respondBy, n.state,
                actor, at);
    }
}
