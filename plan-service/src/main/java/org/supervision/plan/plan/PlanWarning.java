package org.supervision.plan.plan;

/**
 * Something a reviewer should look at before publishing, with a stable code (NUMBERING_GAP,
 * UNKNOWN_UNIT, ...), the 1-based line of the source document and the measure it concerns.
 */
public record PlanWarning(String code, Integer line, String message, String measureNumber) {
}
