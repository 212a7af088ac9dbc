package org.supervision.task.pending;

import java.util.List;
import java.util.Map;

/**
 * A page of the office's to-do queue, oldest first. {@code counts}: how many of each kind wait (within the
 * plan asked for, whatever kind was asked for: every kind is listed, 0 included); {@code total}: how many
 * match the request, over all pages.
 */
public record PendingPage(List<PendingItem> items, Map<PendingKind, Long> counts, long total, int page, int size) {
}
