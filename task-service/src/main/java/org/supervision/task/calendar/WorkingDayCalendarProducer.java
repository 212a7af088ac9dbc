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
 * The service's one calendar: the shipped data, then the file named by
 * {@code supervision.calendar.extra-file} (a city's local days, next year's notice before a release),
 * whose entries override. Built at startup so that bad data stops the service with file and line.
 */
@ApplicationScoped
public class WorkingDayCalendarProducer {

    @Produces
    @Singleton // immutable and final: no client proxy needed
    @Startup
    WorkingDayCalendar calendar(@ConfigProperty(name = "supervision.calendar.extra-file") Optional<String> extraFile) {
        List<CalendarSource> sources = new ArrayList<>();
        sources.add(CalendarSources.builtIn());
        extraFile.map(String::strip).filter(name -> !name.isEmpty()).map(Path::of)
                .map(CalendarSources::file).ifPresent(sources::add);
        WorkingDayCalendar calendar = WorkingDayCalendar.of(sources);
        Log.infof("working-day calendar covers %s from %s", calendar.coveredYears(),
                sources.stream().map(CalendarSource::name).toList());
        return calendar;
    }
}
