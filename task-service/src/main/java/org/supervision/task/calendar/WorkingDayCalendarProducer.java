package org.supervision.task.calendar;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The service's one calendar, built at startup from the shipped data and then the file named by
 * {@code supervision.calendar.extra-file} (a city's local days), whose entries override, so that bad data
 * stops the service with file and line. Those files only seed the stored years: {@link CalendarRefresh}
 * replaces this data with the years in the database as soon as the service has started, and on every change.
 */
@ApplicationScoped
public class WorkingDayCalendarProducer {

    @Produces
    @Singleton // immutable and final: no client proxy needed
    @Startup
    WorkingDayCalendar calendar(@ConfigProperty(name = "supervision.calendar.extra-file") Optional<String> extraFile) {
        List<CalendarSource> sources = sources(extraFile);
        WorkingDayCalendar calendar = WorkingDayCalendar.of(sources);
        Log.infof("working-day calendar covers %s from %s until the stored years are loaded", calendar.coveredYears(),
                sources.stream().map(CalendarSource::name).toList());
        return calendar;
    }

    /** The shipped data, then the extra file if one is configured. */
    static List<CalendarSource> sources(Optional<String> extraFile) {
        List<CalendarSource> sources = new ArrayList<>();
        sources.add(CalendarSources.builtIn());
        extraFile.map(String::strip).filter(name -> !name.isEmpty()).map(Path::of)
                .map(CalendarSources::file).ifPresent(sources::add);
        return sources;
    }
}
