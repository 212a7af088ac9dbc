package org.supervision.contracts.notice;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Data of {@value #TYPE} on {@link org.supervision.contracts.Topics#TASK}, keyed by notice id: a supervision
 * notice (督办单) was issued to a unit, answered by it, or closed. {@code action} is ISSUED, RESPONDED or
 * CLOSED; {@code state} (after the action) OPEN, RESPONDED or CLOSED; {@code respondBy} a day in
 * Asia/Shanghai.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NoticeChanged(UUID noticeId, String action, String unitCode, List<UUID> assignmentIds, String title,
                            LocalDate respondBy, String state, String actor, OffsetDateTime at) {

    public static final String TYPE = "supervision.notice.changed.v1";
}
