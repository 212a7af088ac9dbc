package org.supervision.task.supervision;

/**
 * How urgent an open assignment is: RED overdue; YELLOW due within the configured number of working
 * days, or a report missing for the current reporting cycle; GREEN otherwise. Finished work is NONE.
 */
public enum WarningLevel {
    GREEN,
    YELLOW,
    RED,
    NONE
}
