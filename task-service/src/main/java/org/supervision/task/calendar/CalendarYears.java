package org.supervision.task.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.supervision.contracts.Topics;
import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.platform.api.Versions;
import org.supervision.platform.events.outbox.EventOutbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

/**
 * The calendar years the office keeps (table calendar_year): reading, entering or correcting a year (with
 * If-Match, audited, published as {@value CalendarYear#TYPE} through the outbox in the same transaction),
 * and seeding the years of the shipped data that are not stored yet.
 */
@ApplicationScoped
public class CalendarYears {

    /** Who changed a year that came from the data shipped with the service. */
    static final String SHIPPED = "task-service";

    private static final TypeReference<List<YearSchedule.ListedDay>> DAYS = new TypeReference<>() {
    };

    /** Entering a year: the view, and whether the year is new. */
    public record Saved(CalendarYearView view, boolean created) {
    }

    /** Changes when any year does: how many are stored, and the sum of their versions. */
    public record Revision(long years, long versions) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final EventOutbox outbox;
    private final Clock clock;

    public CalendarYears(EntityManager entityManager, ObjectMapper json, EventOutbox outbox, Clock clock) {
        this.entityManager = entityManager;
        this.json = json;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarYearView> list() {
        return entityManager.createQuery("from StoredYear y order by y.year", StoredYear.class).getResultList().stream()
                .map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CalendarYearView> get(int year) {
        return Optional.ofNullable(entityManager.find(StoredYear.class, year)).map(this::view);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarYearChangeView> changes(int year) {
        return entityManager.createQuery("from CalendarYearChange c where c.year = :year order by c.version, c.id",
                        CalendarYearChange.class).setParameter("year", year).getResultList().stream()
                .map(c -> new CalendarYearChangeView(c.year, c.version, c.changedBy, c.changedAt,
                        c.before == null ? null : read(c.before, YearSchedule.class), read(c.after, YearSchedule.class)))
                .toList();
    }

    /**
     * Enters a new year (no If-Match needed; one sent is 412, since the caller thinks it exists) or replaces an
     * existing one (If-Match with its ETag: 428 without, 412 when stale). The schedule must have passed
     * {@link YearScheduleRules#checked}.
     */
    @Transactional
    public Saved put(int year, YearSchedule schedule, String ifMatch, String by) {
        StoredYear stored = entityManager.find(StoredYear.class, year, LockModeType.PESSIMISTIC_WRITE);
        if (stored == null) {
            if (ifMatch != null && !ifMatch.isBlank() && !"*".equals(ifMatch.strip())) {
                throw stale("The calendar year " + year + " is not stored, so there is no version to match. "
                        + "Leave out If-Match to enter it.");
            }
            if (!insertIfAbsent(year, schedule, by)) {
                throw stale("The calendar year " + year + " was entered meanwhile. Read it and reapply your change.");
            }
            return new Saved(view(entityManager.find(StoredYear.class, year)), true);
        }
        if (ifMatch == null || !"*".equals(ifMatch.strip())) {
            long expected = Versions.fromIfMatch(ifMatch);
            if (expected != stored.version) {
                throw stale("The calendar year " + year + " was changed after you read it (it is now at version "
                        + stored.version + "). Read it again and reapply your change.");
            }
        }
        YearSchedule before = schedule(stored);
        if (before.equals(schedule)) {
            return new Saved(view(stored), false); // the same year again: nothing changed, nothing to audit or publish
        }
        stored.notice = schedule.notice();
        stored.holidays = write(schedule.holidays());
        stored.workingDays = write(schedule.workingDays());
        stored.changedBy = by;
        stored.changedAt = OffsetDateTime.now(clock);
        entityManager.flush(); // the new version is what the ETag, the audit and the event carry
        recorded(stored, before);
        return new Saved(view(stored), false);
    }

    /** A year of the shipped data, stored unless the office (or another replica) has stored it already. */
    @Transactional
    public boolean seed(int year, YearSchedule schedule) {
        return insertIfAbsent(year, schedule, SHIPPED);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Revision revision() {
        Object[] row = (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(sum(version), 0) from calendar_year").getSingleResult();
        return new Revision(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Every stored year as calendar data, for {@link WorkingDayCalendar#of}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CalendarSource stored() {
        Set<Integer> years = new HashSet<>();
        List<CalendarEntry> entries = new ArrayList<>();
        for (StoredYear y : entityManager.createQuery("from StoredYear y order by y.year", StoredYear.class).getResultList()) {
            years.add(y.year);
            SourceLine origin = new SourceLine("calendar_year " + y.year + " version " + y.version, 0);
            read(y.holidays, DAYS).forEach(d -> entries.add(new CalendarEntry(d.date(), EntryKind.OFF, d.name(), origin)));
            read(y.workingDays, DAYS).forEach(d -> entries.add(new CalendarEntry(d.date(), EntryKind.WORK, d.name(), origin)));
        }
        return new CalendarSource("stored calendar years", years, entries);
    }

    /** Inserts the year at version 0 unless it is there (one statement, so replicas seeding at once agree). */
    private boolean insertIfAbsent(int year, YearSchedule schedule, String by) {
        int inserted = entityManager.createNativeQuery("insert into calendar_year (year, notice, holidays, working_days, version, "
                        + "changed_by, changed_at) values (?1, ?2, ?3, ?4, 0, ?5, ?6) on conflict (year) do nothing")
                .setParameter(1, year).setParameter(2, schedule.notice()).setParameter(3, write(schedule.holidays()))
                .setParameter(4, write(schedule.workingDays())).setParameter(5, by).setParameter(6, OffsetDateTime.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        recorded(entityManager.find(StoredYear.class, year), null);
        return true;
    }

    /** The audit row and the event of the year's new version, in the change's transaction. */
    private void recorded(StoredYear stored, YearSchedule before) {
        YearSchedule after = schedule(stored);
        CalendarYearChange change = new CalendarYearChange();
        change.year = stored.year;
        change.version = stored.version;
        change.changedBy = stored.changedBy;
        change.changedAt = stored.changedAt;
        change.before = before == null ? null : write(before);
        change.after = write(after);
        entityManager.persist(change);
        CalendarYear event = new CalendarYear(stored.year, after.notice(), contractDays(after.holidays()),
                contractDays(after.workingDays()), stored.version, stored.changedBy, stored.changedAt);
        UUID id = outbox.add(Topics.CALENDAR, String.valueOf(stored.year), CalendarYear.TYPE, event);
        CalendarPublication publication = new CalendarPublication();
        publication.eventId = id;
        publication.year = stored.year;
        publication.version = stored.version;
        publication.writtenAt = stored.changedAt;
        entityManager.persist(publication);
    }

    private static List<CalendarYear.Day> contractDays(List<YearSchedule.ListedDay> days) {
        return days.stream().map(d -> new CalendarYear.Day(d.date(), d.name())).toList();
    }

    private YearSchedule schedule(StoredYear y) {
        return new YearSchedule(y.notice, read(y.holidays, DAYS), read(y.workingDays, DAYS));
    }

    private CalendarYearView view(StoredYear y) {
        YearSchedule s = schedule(y);
        WorkingDayCalendar alone = WorkingDayCalendar.of(List.of(new CalendarSource("calendar_year " + y.year, Set.of(y.year),
                entriesOf(s, new SourceLine("calendar_year " + y.year, 0)))));
        LocalDate first = LocalDate.of(y.year, 1, 1);
        long workingDays = alone.workingDaysBetween(first.minusDays(1), first.withDayOfYear(first.lengthOfYear()));
        return new CalendarYearView(y.year, s.notice(), s.holidays(), s.workingDays(), workingDays, y.version, y.changedBy,
                y.changedAt);
    }

    private static List<CalendarEntry> entriesOf(YearSchedule s, SourceLine origin) {
        List<CalendarEntry> entries = new ArrayList<>();
        s.holidays().forEach(d -> entries.add(new CalendarEntry(d.date(), EntryKind.OFF, d.name(), origin)));
        s.workingDays().forEach(d -> entries.add(new CalendarEntry(d.date(), EntryKind.WORK, d.name(), origin)));
        return entries;
    }

    private static ProblemException stale(String detail) {
        return new ProblemException(Problem.of(412, "stale-version", "Changed meanwhile", detail));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar days cannot be written as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar data in the database is not valid JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calendar data in the database is not valid JSON", e);
        }
    }
}
