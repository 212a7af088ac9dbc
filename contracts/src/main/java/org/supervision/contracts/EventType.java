package org.supervision.contracts;

import java.util.Arrays;
import java.util.Optional;

import org.supervision.contracts.assignment.AssignmentChanged;
import org.supervision.contracts.assignment.AssignmentIssued;
import org.supervision.contracts.assignment.MilestoneChanged;
import org.supervision.contracts.assignment.AssignmentUrged;
import org.supervision.contracts.assignment.WarningChanged;
import org.supervision.contracts.bulletin.BulletinPublished;
import org.supervision.contracts.calendar.CalendarYear;
import org.supervision.contracts.notice.NoticeChanged;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.contracts.plan.PlanPublishedV1;
import org.supervision.contracts.reporting.ReportingCycleChanged;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;

/**
 * The catalogue of event types: for each, the topic it travels on, the record of its {@code data} and the
 * classpath resource of the JSON Schema of that data. Several types may share a record and a schema (the
 * four measure events, unit created and changed). The type names themselves are constants on the records.
 */
public enum EventType {

    PLAN_PUBLISHED(PlanPublished.TYPE, Topics.PLAN, PlanPublished.class, PlanPublished.TYPE),
    PLAN_PUBLISHED_V1(PlanPublishedV1.TYPE, Topics.PLAN, PlanPublishedV1.class, PlanPublishedV1.TYPE),
    MEASURE_PUBLISHED(MeasurePublished.TYPE, Topics.PLAN, MeasurePublished.class, MeasurePublished.TYPE),
    MEASURE_ADDED(MeasureChanged.ADDED, Topics.PLAN, MeasureChanged.class, MeasureChanged.CHANGED),
    MEASURE_CHANGED(MeasureChanged.CHANGED, Topics.PLAN, MeasureChanged.class, MeasureChanged.CHANGED),
    MEASURE_WITHDRAWN(MeasureChanged.WITHDRAWN, Topics.PLAN, MeasureChanged.class, MeasureChanged.CHANGED),
    MEASURE_DEADLINE_CHANGED(MeasureChanged.DEADLINE_CHANGED, Topics.PLAN, MeasureChanged.class, MeasureChanged.CHANGED),
    UNIT_CREATED(UnitChanged.CREATED, Topics.UNIT, UnitChanged.class, UnitChanged.CHANGED),
    UNIT_CHANGED(UnitChanged.CHANGED, Topics.UNIT, UnitChanged.class, UnitChanged.CHANGED),
    UNIT_GROUP_CHANGED(UnitGroupChanged.TYPE, Topics.UNIT, UnitGroupChanged.class, UnitGroupChanged.TYPE),
    ASSIGNMENT_ISSUED(AssignmentIssued.TYPE, Topics.TASK, AssignmentIssued.class, AssignmentIssued.TYPE),
    ASSIGNMENT_CHANGED(AssignmentChanged.TYPE, Topics.TASK, AssignmentChanged.class, AssignmentChanged.TYPE),
    ASSIGNMENT_WARNING_CHANGED(WarningChanged.TYPE, Topics.TASK, WarningChanged.class, WarningChanged.TYPE),
    ASSIGNMENT_URGED(AssignmentUrged.TYPE, Topics.TASK, AssignmentUrged.class, AssignmentUrged.TYPE),
    REPORTING_CYCLE_CHANGED(ReportingCycleChanged.TYPE, Topics.TASK, ReportingCycleChanged.class, ReportingCycleChanged.TYPE),
    NOTICE_CHANGED(NoticeChanged.TYPE, Topics.TASK, NoticeChanged.class, NoticeChanged.TYPE),
    BULLETIN_PUBLISHED(BulletinPublished.TYPE, Topics.TASK, BulletinPublished.class, BulletinPublished.TYPE),
    CALENDAR_YEAR(CalendarYear.TYPE, Topics.CALENDAR, CalendarYear.class, CalendarYear.TYPE),
    ASSIGNMENT_MILESTONE_CHANGED(MilestoneChanged.TYPE, Topics.TASK, MilestoneChanged.class, MilestoneChanged.TYPE);

    /** Where the schemas are on the classpath. */
    public static final String SCHEMA_RESOURCES = "/schemas/";
    /** The base of the schemas' {@code $id}s; a schema's {@code $ref} to another is relative to it. */
    public static final String SCHEMA_ID_BASE = "https://supervision.example.org/events/";

    private final String type;
    private final String topic;
    private final Class<? extends Record> data;
    private final String schema;

    EventType(String type, String topic, Class<? extends Record> data, String schemaOf) {
        this.type = type;
        this.topic = topic;
        this.data = data;
        this.schema = SCHEMA_RESOURCES + schemaOf + ".schema.json";
    }

    /** The CloudEvents {@code type}, which carries the version, e.g. supervision.plan.published.v2. */
    public String type() {
        return type;
    }

    public String topic() {
        return topic;
    }

    /** The record the event's {@code data} reads into. */
    public Class<? extends Record> data() {
        return data;
    }

    /** The classpath resource of the JSON Schema of the event's {@code data}. */
    public String schema() {
        return schema;
    }

    public static Optional<EventType> of(String type) {
        return Arrays.stream(values()).filter(t -> t.type.equals(type)).findFirst();
    }
}
