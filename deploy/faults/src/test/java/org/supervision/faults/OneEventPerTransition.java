package org.supervision.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every transition has exactly one event: each entry of an assignment's audit trail (task-service: issue,
 * accept, report, …) has exactly one event on supervision.task.v1 with its action, and each publication
 * of a plan exactly one plan.published event (v2 since plans are published as a header and one
 * supervision.plan.measure.published.v1 per measure; v1 before), and no measure published more often than
 * its plan. Events are counted by id: a record sent again
 * with the same id (a relay that crashed before it could mark the batch sent) is the same event, which
 * consumers recognise; a second id for one transition is a duplicate.
 */
final class OneEventPerTransition implements Invariant {

    static final String ISSUED = "supervision.assignment.issued.v1";
    static final String CHANGED = "supervision.assignment.changed.v1";
    static final Set<String> PLAN_PUBLISHED = Set.of("supervision.plan.published.v1", "supervision.plan.published.v2");
    static final String MEASURE_PUBLISHED = "supervision.plan.measure.published.v1";

    private final FaultPlatform platform;

    OneEventPerTransition(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "every transition has exactly one event (audit trail ↔ supervision.task.v1, publications ↔ supervision.plan.v1)";
    }

    @Override
    public List<String> violations() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> transitions = new HashMap<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.TASK, """
                select assignment_id::text as assignment, action, count(*) as n from assignment_audit
                where action <> 'EVIDENCE_ADDED' and action not like 'NOTICE\\_%' group by 1, 2""")) {
            transitions.put(row.get("assignment") + " " + row.get("action"), ((Number) row.get("n")).longValue());
        }
        Map<String, Long> events = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Topics.Event event : platform.topics.read(Topics.TASK)) {
            if (!fromTheSuite(event) || !seen.add(event.id())) {
                continue;
            }
            if (ISSUED.equals(event.type())) {
                events.merge(event.data().path("assignmentId").asText() + " ISSUE", 1L, Long::sum);
            } else if (CHANGED.equals(event.type())) {
                events.merge(event.data().path("assignmentId").asText() + " " + event.data().path("action").asText(), 1L, Long::sum);
            }
        }
        Set<String> keys = new HashSet<>(transitions.keySet());
        keys.addAll(events.keySet());
        for (String key : keys) {
            long inTrail = transitions.getOrDefault(key, 0L);
            long published = events.getOrDefault(key, 0L);
            if (inTrail != published) {
                wrong.add("assignment " + key + ": " + inTrail + " in the audit trail, " + published + " events");
            }
        }
        Map<String, Long> publications = new HashMap<>();
        Map<String, Long> measurePublications = new HashMap<>();
        Map<String, String> planOfMeasure = new HashMap<>();
        Set<String> seenPlanEvents = new HashSet<>();
        for (Topics.Event event : platform.topics.read(Topics.PLAN)) {
            if (!fromTheSuite(event) || !seenPlanEvents.add(event.id())) {
                continue;
            }
            if (PLAN_PUBLISHED.contains(event.type())) {
                publications.merge(event.json().path("subject").asText(), 1L, Long::sum);
            } else if (MEASURE_PUBLISHED.equals(event.type())) {
                String measure = event.data().path("measure").path("measureId").asText();
                measurePublications.merge(measure, 1L, Long::sum);
                planOfMeasure.put(measure, event.json().path("subject").asText());
            }
        }
        for (Map.Entry<String, Long> measure : measurePublications.entrySet()) {
            long planPublished = publications.getOrDefault(planOfMeasure.get(measure.getKey()), 0L);
            if (measure.getValue() > planPublished) {
                wrong.add("measure " + measure.getKey() + ": " + measure.getValue() + " measure.published events, its plan published "
                        + planPublished + " time(s)");
            }
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.PLAN,
                "select id::text as plan, published_version from plan where status = 'PUBLISHED'")) {
            long times = ((Number) row.get("published_version")).longValue();
            long published = publications.getOrDefault((String) row.get("plan"), 0L);
            if (published != times) {
                wrong.add("plan " + row.get("plan") + ": published " + times + " time(s), " + published + " plan.published events");
            }
        }
        return wrong;
    }

    /** Written by a service of the suite, not one of PoisonEventsTest's records. */
    private static boolean fromTheSuite(Topics.Event event) {
        return event.id() != null && event.json().path("source").asText("").startsWith("/supervision/");
    }
}
