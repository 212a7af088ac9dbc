package org.supervision.task.calendar;

import java.time.LocalDate;

/**
 * A duration a document states in days: "5个工作日" is {@code (5, WORKING, false)}, "10个自然日内" is
 * {@code (10, NATURAL, true)}. {@code within} (内, 以内) records that the text allows finishing earlier;
 * the deadline is the same.
 */
public record DayCount(int count, Kind kind, boolean within) {

    public enum Kind {
        /** 工作日: only working days count. */
        WORKING,
        /** 自然日 / 日历日: every day counts. */
        NATURAL
    }

    public DayCount {
        if (count < 0) {
            throw new IllegalArgumentException("a day count is never negative: " + count);
        }
    }

    /** The last day of the period that starts after {@code start}. */
    public LocalDate deadlineAfter(LocalDate start, WorkingDayCalendar calendar) {
        return kind == Kind.WORKING ? calendar.addWorkingDays(start, count) : start.plusDays(count);
    }
}
