package org.supervision.task.calendar;

/** What kind of day a date is, in the words a clerk would use. */
public enum DayType {
    /** Monday to Friday, nothing special. */
    WORKDAY(true),
    /** Saturday or Sunday, nothing special. */
    WEEKEND(false),
    /** A statutory holiday or an adjusted day off (放假调休), whatever weekday it falls on. */
    HOLIDAY(false),
    /** A weekend day that is worked (调休上班). */
    ADJUSTED_WORKDAY(true);

    private final boolean working;

    DayType(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
