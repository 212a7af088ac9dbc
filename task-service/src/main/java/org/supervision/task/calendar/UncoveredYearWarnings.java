package org.supervision.task.calendar;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

/**
 * Says once per year that the calendar is guessing. Once, because a report over 100,000 assignments
 * would otherwise log 100,000 identical lines; at all, because a deadline computed without the year's
 * holidays may be days early and somebody must enter the State Council notice.
 */
final class UncoveredYearWarnings {

    private static final Logger LOG = Logger.getLogger(WorkingDayCalendar.class);

    private final Set<Integer> warned = ConcurrentHashMap.newKeySet();

    void asked(int year) {
        if (warned.add(year)) {
            LOG.warnf("The working-day calendar has no data for %d; treating Monday to Friday as working days. "
                    + "Enter the State Council notice for %d (PUT /api/v1/calendar/years/%d) to count its holidays.",
                    year, year, year);
        }
    }

    SortedSet<Integer> years() {
        return new TreeSet<>(warned);
    }
}
