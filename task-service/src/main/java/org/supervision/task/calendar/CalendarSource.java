package org.supervision.task.calendar;

import java.util.List;
import java.util.Set;

/** One parsed data file: the years it declares complete and its entries in file order. */
public record CalendarSource(String name, Set<Integer> years, List<CalendarEntry> entries) {

    public CalendarSource {
        years = Set.copyOf(years);
        entries = List.copyOf(entries);
    }
}
