package org.supervision.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * At most one inbox item per recipient and kind for each thing that happened, and none lost: every
 * assignment task-service issued has exactly one NEW_ASSIGNMENT item in its unit's inbox; a unit has at
 * most one reminder-like item (REMINDER, OVERDUE, ESCALATION, REPORT_REMINDER, REPORT_MISSING) of a
 * kind per assignment and day (China time); NOTICE and REVIEW items at most one per event and unit.
 */
final class OneInboxItemPerRecipientAndKind implements Invariant {

    private final FaultPlatform platform;

    OneInboxItemPerRecipientAndKind(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "at most one inbox item per recipient and kind (per assignment and day), and a NEW_ASSIGNMENT item for every assignment";
    }

    @Override
    public List<String> violations() throws Exception {
        List<String> wrong = new ArrayList<>();
        Map<String, Long> newAssignmentItems = new HashMap<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select assignment_id::text as assignment, unit_code, count(*) as n from inbox_item
                where kind = 'NEW_ASSIGNMENT' group by 1, 2""")) {
            newAssignmentItems.put(row.get("assignment") + " " + row.get("unit_code"), ((Number) row.get("n")).longValue());
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.TASK,
                "select id::text as assignment, unit_code from assignment")) {
            String key = row.get("assignment") + " " + row.get("unit_code");
            long items = newAssignmentItems.getOrDefault(key, 0L);
            if (items != 1) {
                wrong.add("assignment and unit " + key + ": " + items + " NEW_ASSIGNMENT inbox items");
            }
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select unit_code, kind, assignment_id::text as assignment,
                       (created_at at time zone 'Asia/Shanghai')::date as day, count(*) as n
                from inbox_item
                where kind in ('REMINDER', 'OVERDUE', 'ESCALATION', 'REPORT_REMINDER', 'REPORT_MISSING')
                group by 1, 2, 3, 4 having count(*) > 1""")) {
            wrong.add(row.get("unit_code") + " has " + row.get("n") + " " + row.get("kind") + " items about assignment "
                    + row.get("assignment") + " on " + row.get("day"));
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select unit_code, kind, source_event_id, count(*) as n from inbox_item
                where kind in ('NOTICE', 'REVIEW') group by 1, 2, 3 having count(*) > 1""")) {
            wrong.add(row.get("unit_code") + " has " + row.get("n") + " " + row.get("kind") + " items for event " + row.get("source_event_id"));
        }
        return wrong;
    }
}
