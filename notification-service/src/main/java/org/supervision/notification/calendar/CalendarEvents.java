package org.supervision.notification.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.platform.events.inbox.EventInbox;
import org.supervision.platform.events.inbox.IncomingEvent;
import org.supervision.platform.events.inbox.UnreadableEventException;
import org.supervision.platform.tracing.EventTracing;

import io.quarkus.logging.Log;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;

/**
 * Consumes supervision.calendar.v1 into {@link CalendarYears}: each event is one whole year as task-service
 * keeps it. The event id is recorded with the change (a redelivery changes nothing), an older version than the
 * stored one changes nothing, and an event that cannot be read goes to the dead-letter topic. After the commit
 * the working days count with the new year at once.
 */
@ApplicationScoped
public class CalendarEvents {

    /** Fired in the event's transaction when a year was stored; observed after the commit. */
    record Stored(int year) {
    }

    private final EventInbox inbox;
    private final CalendarYears years;
    private final Event<Stored> stored;
    private final EventTracing tracing;

    public CalendarEvents(EventInbox inbox, CalendarYears years, Event<Stored> stored, EventTracing tracing) {
        this.inbox = inbox;
        this.years = years;
        this.stored = stored;
        this.tracing = tracing;
    }

    @Incoming("calendar-events")
    @Blocking // ordered: one year's events are applied one after another
    @Transactional
    public void onCalendarEvent(ConsumerRecord<String, String> record) {
        // in the trace of the request that caused the event (its traceparent header): the log lines carry its id
        tracing.within(record, () -> handle(record.value()));
    }

    private void handle(String payload) {
        IncomingEvent event = inbox.read(payload);
        if (!inbox.firstDelivery(event)) {
            Log.debugf("event %s seen before; nothing to do", event.id());
            return;
        }
        if (!CalendarYear.TYPE.equals(event.type())) {
            Log.debugf("event type %s is not for notification-service", event.type());
            return;
        }
        CalendarYear year = checked(inbox.data(event, CalendarYear.class), event);
        if (years.store(year)) {
            stored.fire(new Stored(year.year()));
        } else {
            Log.infof("calendar year %d version %d is not newer than the stored one; nothing to do", year.year(), year.version());
        }
    }

    void loadAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Stored year) {
        years.reload();
    }

    /** A year whose days are not all in it, or a day both off and worked, would count wrongly: dead letters instead. */
    private static CalendarYear checked(CalendarYear year, IncomingEvent event) {
        if (year.notice() == null || year.holidays() == null || year.workingDays() == null || year.changedBy() == null
                || year.changedAt() == null) {
            throw new UnreadableEventException(event.type() + " " + event.id() + " lacks a required field");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (CalendarYear.Day day : concat(year)) {
            if (day == null || day.date() == null || day.date().getYear() != year.year() || !dates.add(day.date())) {
                throw new UnreadableEventException(event.type() + " " + event.id() + ": " + (day == null ? null : day.date())
                        + " is not a date of " + year.year() + " listed once");
            }
        }
        return year;
    }

    private static java.util.List<CalendarYear.Day> concat(CalendarYear year) {
        java.util.List<CalendarYear.Day> all = new java.util.ArrayList<>(year.holidays());
        all.addAll(year.workingDays());
        return all;
    }
}
