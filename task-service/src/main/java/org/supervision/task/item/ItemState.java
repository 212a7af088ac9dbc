package org.supervision.task.item;

/**
 * Where a supervision item stands, from its assignments: OPEN while any unit's work is open, COMPLETED when
 * none is open and some was completed (销号), CANCELLED when all of it was cancelled.
 */
public enum ItemState {
    OPEN, COMPLETED, CANCELLED
}
