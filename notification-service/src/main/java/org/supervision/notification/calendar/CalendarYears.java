package org.supervision.notification.calendar;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.supervision.contracts.calendar.CalendarYear;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The calendar years received from task-service (table calendar_year) and their loading into
 * {@link WorkingDays}: at start, after an event's transaction commits, and when the table's revision (count and
 * sum of versions) moved, since another replica of this service may have taken the event (one consumer group).
 */
@ApplicationScoped
public class CalendarYears {

    private static final TypeReference<List<CalendarYear.Day>> DAYS = new TypeReference<>() {
    };

    /** Changes when any stored year does. */
    record Revision(long years, long versions) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final WorkingDays workingDays;
    private final Clock clock;
    private volatile Revision loaded;

    public CalendarYears(EntityManager entityManager, ObjectMapper json, WorkingDays workingDays, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /**
     * Stores the year unless a version as new or newer is stored (an older event, replayed or late, changes
     * nothing); true when stored. In the caller's transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean store(CalendarYear year) {
        return entityManager.createNativeQuery("insert into calendar_year (year, notice, holidays, working_days, version, "
                        + "changed_by, changed_at, received_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) on conflict (year) do update "
                        + "set notice = excluded.notice, holidays = excluded.holidays, working_days = excluded.working_days, "
                        + "version = excluded.version, changed_by = excluded.changed_by, changed_at = excluded.changed_at, "
                        + "received_at = excluded.received_at where calendar_year.version < excluded.version")
                .setParameter(1, year.year()).setParameter(2, year.notice()).setParameter(3, write(year.holidays()))
                .setParameter(4, write(year.workingDays())).setParameter(5, year.version()).setParameter(6, year.changedBy())
                .setParameter(7, year.changedAt()).setParameter(8, OffsetDateTime.now(clock)).executeUpdate() == 1;
    }

    void onStart(@Observes StartupEvent start) {
        reload();
        if (workingDays.years().isEmpty()) {
            Log.warn("No working-day calendar received from task-service yet (supervision.calendar.v1): counting Monday "
                    + "to Friday without holidays until its first calendar event arrives.");
        }
    }

    @Scheduled(identity = "calendar-refresh", every = "${supervision.calendar.refresh-every:5s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class, concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void check() {
        if (!QuarkusTransaction.requiringNew().call(this::revision).equals(loaded)) {
            reload();
        }
    }

    /** Loads every stored year into {@link WorkingDays}, in a transaction of its own. */
    public synchronized void reload() {
        QuarkusTransaction.requiringNew().run(() -> {
            Revision revision = revision(); // first: a year stored meanwhile makes the next check load again
            List<CalendarYear> years = new ArrayList<>();
            for (Object row : entityManager.createNativeQuery("select year, notice, holidays, working_days, version, changed_by, "
                    + "changed_at from calendar_year order by year").getResultList()) {
                Object[] r = (Object[]) row;
                years.add(new CalendarYear(((Number) r[0]).intValue(), (String) r[1], read((String) r[2]), read((String) r[3]),
                        ((Number) r[4]).longValue(), (String) r[5], null));
            }
            workingDays.replace(years);
            if (!revision.equals(loaded)) {
                Log.infof("working-day calendar: years %s from task-service's calendar events", workingDays.years());
            }
            loaded = revision;
        });
    }

    private Revision revision() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(sum(version), 0) from calendar_year").getSingleResult();
        return new Revision(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private String write(List<CalendarYear.Day> days) {
        try {
            return json.writeValueAsString(days);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar days cannot be written as JSON", e);
        }
    }

    private List<CalendarYear.Day> read(String text) {
        try {
            return json.readValue(text, DAYS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar data in the database is not valid JSON", e);
        }
    }
}
