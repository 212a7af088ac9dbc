package org.supervision.task.calendar;

/** What a line of calendar data says about its date; dates without a line follow Monday to Friday. */
public enum EntryKind {
    /** A day off: a statutory holiday or an adjusted day off (放假调休). */
    OFF,
    /** A weekend day that is worked to make up for an adjusted day off (调休上班). */
    WORK
}
