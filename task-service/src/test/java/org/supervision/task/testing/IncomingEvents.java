package org.supervision.task.testing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.contracts.CloudEvent;
import org.supervision.contracts.EventSchemas;
import org.supervision.contracts.plan.MeasureChanged;
import org.supervision.contracts.plan.MeasureData;
import org.supervision.contracts.plan.MeasurePublished;
import org.supervision.contracts.plan.PlanPublished;
import org.supervision.contracts.plan.PlanPublishedV1;
import org.supervision.contracts.unit.UnitChanged;
import org.supervision.contracts.unit.UnitGroupChanged;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The events task-service consumes, as plan-service sends them: built from the contracts' records, written
 * as the services' ObjectMapper writes them, and each checked against its schema before a test sends it, so
 * that a fixture cannot drift from the contract. Never hand-written JSON; a test that sends malformed or
 * poison input on purpose says so and sends raw text.
 */
public final class IncomingEvents {

    /** The CloudEvents {@code source} of plan-service. */
    public static final String PLAN_SERVICE = "/supervision/plan-service";
    /** When the fixtures' events happened (a plan of 2024, as in the suite's examples). */
    public static final OffsetDateTime AT = OffsetDateTime.parse("2024-01-22T08:00:00Z");

    private IncomingEvents() {
    }

    // the envelope

    /** {@code data} as a CloudEvent of {@code type} about {@code subject} (also the Kafka key), with a new id. */
    public static String event(String type, Object subject, Object data) {
        return event(UUID.randomUUID(), type, subject, data);
    }

    public static String event(UUID id, String type, Object subject, Object data) {
        String json = write(new CloudEvent(id.toString(), PLAN_SERVICE, type, subject.toString(), AT, data));
        EventSchemas.assertEvent(json);
        return json;
    }

    /** The same event under a new id: a replay by the producer, not a redelivery. */
    public static String withNewId(String event) {
        ObjectNode tree = read(event);
        tree.put("id", UUID.randomUUID().toString());
        return write(tree);
    }

    /** The event with a field in its data that the contract does not have yet (one a later producer may add). */
    public static String withFieldAddedToData(String event, String name, boolean value) {
        ObjectNode tree = read(event);
        ((ObjectNode) tree.get("data")).put(name, value);
        String json = write(tree);
        EventSchemas.assertEvent(json); // schemas allow what they do not name
        return json;
    }

    // plan events

    /** The legacy supervision.plan.published.v1: a whole plan, version 1, in one event. */
    public static String planPublishedV1(UUID planId, String title, int year, List<MeasureData> measures) {
        return event(PlanPublishedV1.TYPE, planId, new PlanPublishedV1(planId, title, null, null, year, 1,
                LocalDate.of(year, 12, 31), AT, measures));
    }

    public static String planPublishedV1(UUID planId, String title, int year, MeasureData... measures) {
        return planPublishedV1(planId, title, year, List.of(measures));
    }

    /** supervision.plan.published.v2: a plan's header (version 1, of 2024); its measures follow as events of their own. */
    public static String planPublished(UUID planId, String title, int measureCount) {
        return event(PlanPublished.TYPE, planId, new PlanPublished(planId, title, "钦政办〔2024〕2号", "钦州市人民政府办公室", 2024,
                1, LocalDate.of(2024, 12, 31), AT, measureCount));
    }

    /** supervision.plan.measure.published.v1: one measure of plan version 1. */
    public static String measurePublished(UUID planId, MeasureData measure) {
        return event(MeasurePublished.TYPE, planId, new MeasurePublished(planId, 1, measure));
    }

    /**
     * One of the changes of a published measure ({@link MeasureChanged#ADDED}, {@link MeasureChanged#CHANGED},
     * {@link MeasureChanged#WITHDRAWN}, {@link MeasureChanged#DEADLINE_CHANGED}) to plan version 1.
     */
    public static String measureChanged(String type, UUID planId, MeasureData measure, LocalDate previousDeadline,
                                        String reason) {
        return event(type, planId, new MeasureChanged(planId, 1, measure, previousDeadline, reason));
    }

    /** A measure (no sub-item, no targets, no words for its deadline) and the units it names. */
    public static MeasureData measure(UUID measureId, String number, List<String> path, String title, LocalDate deadline,
                                      MeasureData.UnitData... units) {
        return new MeasureData(measureId, null, number, path, title, deadline, null, List.of(), List.of(units));
    }

    public static MeasureData measure(UUID measureId, String number, String title, LocalDate deadline,
                                      MeasureData.UnitData... units) {
        return measure(measureId, number, List.of(), title, deadline, units);
    }

    /** The unit that leads a measure, named by the plan as the directory names it. */
    public static MeasureData.UnitData lead(UUID unitId, String code, String name) {
        return new MeasureData.UnitData(unitId, code, name, "LEAD", name, null);
    }

    public static MeasureData.UnitData cooperating(UUID unitId, String code, String name) {
        return new MeasureData.UnitData(unitId, code, name, "COOPERATING", name, null);
    }

    // unit events

    /** {@link UnitChanged#CREATED} or {@link UnitChanged#CHANGED}: a department without parent, short name or aliases. */
    public static String unitChanged(String type, UUID unitId, String code, String name, String status, long version) {
        return event(type, unitId, new UnitChanged(unitId, code, name, null, "department", null, status, List.of(), version));
    }

    /** supervision.unit.group.changed.v1 (task-service passes over it), keyed by {@code key}. */
    public static String unitGroupChanged(UUID groupId, String code, String name) {
        return event(UnitGroupChanged.TYPE, groupId, new UnitGroupChanged(groupId, code, name, List.of(), List.of(), 0));
    }

    private static String write(Object value) {
        try {
            return EventSchemas.JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode read(String json) {
        try {
            return (ObjectNode) EventSchemas.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
