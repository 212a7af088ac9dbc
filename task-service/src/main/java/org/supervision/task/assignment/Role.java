package org.supervision.task.assignment;

/** 牵头 (LEAD) or 配合 (COOPERATING). */
public enum Role {
    LEAD,
    COOPERATING
}
