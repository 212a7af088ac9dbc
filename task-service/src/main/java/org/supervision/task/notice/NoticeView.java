package org.supervision.task.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A notice as the API shows it; {@code version} is also its ETag, {@code overdue} is computed for today. */
public record NoticeView(UUID id, String unitCode, String unitName, List<UUID> assignmentIds, String title, String body,
                         LocalDate respondBy, NoticeState state, boolean overdue, String issuedBy, OffsetDateTime issuedAt,
                         String response, String respondedBy, OffsetDateTime respondedAt, String closedBy,
                         OffsetDateTime closedAt, String closeNote, long version) {

    public static NoticeView of(Notice n, LocalDate today) {
        return new NoticeView(n.id, n.unitCode, n.unitName, List.copyOf(n.assignmentIds), n.title, n.body, n.respondBy,
                n.state, n.overdueOn(today), n.issuedBy, n.issuedAt, n.response, n.respondedBy, n.respondedAt,
                n.closedBy, n.closedAt, n.closeNote, n.version);
    }
}
