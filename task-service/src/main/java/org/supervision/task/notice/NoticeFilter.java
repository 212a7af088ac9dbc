package org.supervision.task.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a list of notices may be narrowed to; null means any. {@code unitCode} is forced to the
 * caller's own unit for a unit officer, whatever the query asked.
 */
public record NoticeFilter(String unitCode, UUID planId, List<NoticeState> states, Boolean overdue, LocalDate today) {

    public NoticeFilter confinedTo(String unit) {
        return new NoticeFilter(unit, planId, states, overdue, today);
    }
}
