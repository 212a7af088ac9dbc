package org.supervision.task.pending;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One thing waiting for the office, since {@code since}. {@code actionPath} is where the office answers it.
 * {@code extensionId} and {@code requestedDeadline} only for an extension request; {@code noticeId} and
 * {@code noticeTitle} only for a notice response (its assignment fields are those of the notice's first
 * assignment); {@code detail} is the unit's words: the completion summary, the dispute's or the extension's
 * reason, the notice's response.
 */
public record PendingItem(PendingKind kind, OffsetDateTime since, UUID planId, String planTitle, UUID assignmentId,
                          String measureNumber, String measureTitle, String unitCode, String unitName, UUID extensionId,
                          LocalDate requestedDeadline, UUID noticeId, String noticeTitle, String detail, String actionPath) {
}
