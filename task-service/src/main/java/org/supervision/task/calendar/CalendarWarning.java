package org.supervision.task.calendar;

/**
 * A deadline or count that fell in a year the calendar has no data for: Monday to Friday was counted and the
 * year's holidays were not, so the date may be days early. Shown in the API beside the date (not only logged),
 * so that whoever relies on it knows, and the office enters the year.
 */
public record CalendarWarning(String code, int year, String message) {

    public static final String NO_DATA = "calendar-year-missing";

    static CalendarWarning noData(int year) {
        return new CalendarWarning(NO_DATA, year, year + "年没有工作日历数据，按周一至周五计算，未计节假日和调休。"
                + "No working-day calendar for " + year + ": counted Monday to Friday without its holidays; "
                + "the office enters the State Council notice with PUT /api/v1/calendar/years/" + year + ".");
    }
}
