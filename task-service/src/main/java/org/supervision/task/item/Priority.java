package org.supervision.task.item;

/** How urgent the office rates a supervision item: 一般, 重要, 紧急. */
public enum Priority {
    NORMAL, HIGH, URGENT
}
