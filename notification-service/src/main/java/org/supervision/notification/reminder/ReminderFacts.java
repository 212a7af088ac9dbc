package org.supervision.notification.reminder;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Gathers what a reminder's text speaks of, when it is sent (not when it is scheduled: a reporting
 * reminder counts the assignments the unit has to report on that day).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class ReminderFacts {

    private final EntityManager entityManager;

    public ReminderFacts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public ReminderText.Facts of(Reminder reminder) {
        if (reminder.assignment != null) {
            return ReminderText.Facts.of(reminder.assignment, reminder.deadline, reminder.detail);
        }
        UUID plan = reminder.planId;
        String unit = reminder.unitCode;
        List<String> measures = reminder.kind == ReminderKind.REPORT_MISSING ? measures(plan, unit, true) : List.of();
        if (measures.isEmpty()) {
            measures = measures(plan, unit, false);
        }
        return new ReminderText.Facts(null, null, first("""
                select plan_title from tracked_assignment where plan_id = ?1 and plan_title is not null
                order by updated_at desc limit 1""", plan, null), unitName(plan, unit), reminder.deadline, reminder.detail,
                first("select frequency from reporting_cycle where plan_id = ?1", plan, null), measures.size(), measures,
                itemSource(plan));
    }

    /** The source of the supervision item that is this "plan" (an item is its own plan), or null for a plan. */
    private String itemSource(UUID plan) {
        boolean item = first("select 1 from tracked_assignment where plan_id = ?1 and item_id is not null limit 1", plan, null) != null;
        return item ? ReminderText.Facts.itemSourceOf(first("""
                select item_source from tracked_assignment where plan_id = ?1 and item_source is not null limit 1""", plan, null))
                : null;
    }

    /** The link's path under the link base. */
    public static String linkPath(Reminder reminder) {
        return reminder.assignment != null ? "/assignments/" + reminder.assignment.assignmentId
                : "/assignments?planId=" + reminder.planId + "&unitCode=" + reminder.unitCode;
    }

    /** Measure numbers of the unit's assignments in the plan that it reports on (or whose report is missing). */
    @SuppressWarnings("unchecked")
    private List<String> measures(UUID plan, String unit, boolean missingOnly) {
        List<Object> numbers = entityManager.createNativeQuery("""
                        select coalesce(measure_number, '—') from tracked_assignment
                        where plan_id = ?1 and unit_code = ?2 and open and """ + ReportingStates.SQL
                        + (missingOnly ? " and report_missing" : "")
                        + " order by length(measure_number), measure_number, assignment_id")
                .setParameter(1, plan).setParameter(2, unit).getResultList();
        return numbers.stream().map(String::valueOf).toList();
    }

    private String unitName(UUID plan, String unit) {
        return first("""
                select unit_name from tracked_assignment where unit_code = ?2 and unit_name is not null
                order by (plan_id = ?1) desc, updated_at desc limit 1""", plan, unit);
    }

    @SuppressWarnings("unchecked")
    private String first(String sql, UUID plan, String unit) {
        var query = entityManager.createNativeQuery(sql).setParameter(1, plan);
        if (unit != null) {
            query.setParameter(2, unit);
        }
        List<Object> rows = query.getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : rows.get(0).toString();
    }
}
