package org.supervision.contracts;

/**
 * The Kafka topics the services exchange events on. A topic carries several event types (see
 * {@link EventType}); each event is keyed by its aggregate's id, so one aggregate's events stay in order.
 */
public final class Topics {

    /** plan-service's plans and measures, keyed by plan id. */
    public static final String PLAN = "supervision.plan.v1";
    /** plan-service's unit directory: units keyed by unit id, groups by group id. */
    public static final String UNIT = "supervision.unit.v1";
    /** task-service's assignments (by assignment id), notices (by notice id) and reporting cycles (by plan id). */
    public static final String TASK = "supervision.task.v1";
    /** task-service's working-day calendar, one whole year per event, keyed by the year ("2027"). */
    public static final String CALENDAR = "supervision.calendar.v1";

    private Topics() {
    }
}
