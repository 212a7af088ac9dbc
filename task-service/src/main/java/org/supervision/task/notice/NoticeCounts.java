package org.supervision.task.notice;

/** How many notices are in each state; {@code overdue} counts the open ones past their date (they are also in {@code open}). */
public record NoticeCounts(long open, long overdue, long responded, long closed) {
}
