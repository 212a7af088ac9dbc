package org.supervision.notification.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** data of supervision.notice.changed.v1: a supervision notice (督办单) issued, answered or closed. */
public record NoticeChanged(UUID noticeId, String action, String unitCode, List<UUID> assignmentIds, String title,
                            LocalDate respondBy, String state, String actor) {

    public static final String TYPE = "supervision.notice.changed.v1";
}
