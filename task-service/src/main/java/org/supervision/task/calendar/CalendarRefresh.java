package org.supervision.task.calendar;

import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the service's {@link WorkingDayCalendar} equal to the stored years. At start it stores each year of
 * the shipped data (and the extra file) that is not stored yet, then loads the stored years; after a change
 * through this replica's API it reloads at once, and every few seconds it compares a cheap revision of the
 * table (count and sum of versions) so that a change made through another replica arrives too.
 */
@ApplicationScoped
public class CalendarRefresh {

    private final WorkingDayCalendar calendar;
    private final CalendarYears years;
    private final Optional<String> extraFile;
    private volatile CalendarYears.Revision loaded;

    public CalendarRefresh(WorkingDayCalendar calendar, CalendarYears years,
                           @ConfigProperty(name = "supervision.calendar.extra-file") Optional<String> extraFile) {
        this.calendar = calendar;
        this.years = years;
        this.extraFile = extraFile;
    }

    void onStart(@Observes StartupEvent start) {
        seed();
        reload();
    }

    /** The years of the files that the database does not have yet; a year the office has entered is never replaced. */
    void seed() {
        List<CalendarSource> sources = WorkingDayCalendarProducer.sources(extraFile);
        WorkingDayCalendar files = WorkingDayCalendar.of(sources);
        String notice = "随版本提供的数据 (shipped data): " + String.join(", ", sources.stream().map(CalendarSource::name).toList());
        for (int year : files.coveredYears()) {
            List<YearSchedule.ListedDay> holidays = files.entriesOf(year).stream().filter(e -> e.kind() == EntryKind.OFF)
                    .map(e -> new YearSchedule.ListedDay(e.date(), e.name())).toList();
            // a WORK line on a weekday only undoes an earlier file's OFF: an ordinary day, nothing to store
            List<YearSchedule.ListedDay> worked = files.entriesOf(year).stream()
                    .filter(e -> e.kind() == EntryKind.WORK && YearScheduleRules.isWeekend(e.date()))
                    .map(e -> new YearSchedule.ListedDay(e.date(), e.name().isBlank() ? YearScheduleRules.WORKED : e.name()))
                    .toList();
            if (years.seed(year, new YearSchedule(notice, holidays, worked))) {
                Log.infof("calendar year %d stored from %s", year, notice);
            }
        }
    }

    /** After a change through this replica: the next answer already counts with it. */
    public void now() {
        reload();
    }

    @Scheduled(identity = "calendar-refresh", every = "${supervision.calendar.refresh-every:5s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!years.revision().equals(loaded)) {
            reload();
        }
    }

    private synchronized void reload() {
        // the revision first: a change committed in between makes the next check load again, never miss it
        CalendarYears.Revision revision = years.revision();
        WorkingDayCalendar stored = WorkingDayCalendar.of(List.of(years.stored()));
        calendar.replaceWith(stored);
        if (!revision.equals(loaded)) {
            Log.infof("working-day calendar covers %s (stored calendar years, revision %s)", stored.coveredYears(), revision);
        }
        loaded = revision;
    }
}
