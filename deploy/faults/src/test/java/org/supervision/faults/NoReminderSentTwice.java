package org.supervision.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * No reminder sent twice (notification-service's database): at most one SENT reminder of a kind per
 * assignment (or per plan and unit for reporting reminders) and day, at most one delivery per
 * reminder, channel and recipient, and every sent reminder told in its unit's inbox exactly once.
 */
final class NoReminderSentTwice implements Invariant {

    private final FaultPlatform platform;

    NoReminderSentTwice(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "no reminder sent twice (per assignment, kind and day; one delivery per channel and recipient; one inbox item each)";
    }

    @Override
    public List<String> violations() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select coalesce(assignment_id::text, plan_id || ' ' || unit_code) as about, kind,
                       (due_at at time zone 'Asia/Shanghai')::date as day, count(*) as n
                from reminder where status = 'SENT' group by 1, 2, 3 having count(*) > 1""")) {
            wrong.add(row.get("kind") + " reminder about " + row.get("about") + " due " + row.get("day") + " sent " + row.get("n") + " times");
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select reminder_id::text as reminder, channel, recipient, count(*) as n
                from delivery where reminder_id is not null group by 1, 2, 3 having count(*) > 1""")) {
            wrong.add("reminder " + row.get("reminder") + " has " + row.get("n") + " " + row.get("channel") + " deliveries to "
                    + row.get("recipient"));
        }
        for (Map<String, Object> row : platform.databases.rows(Databases.NOTIFICATION, """
                select r.id::text as reminder, r.kind, (select count(*) from inbox_item i where i.source_event_id = 'reminder:' || r.id) as n
                from reminder r where r.status = 'SENT' and r.assignment_id is not null
                  and (select count(*) from inbox_item i where i.source_event_id = 'reminder:' || r.id) <> 1""")) {
            wrong.add("sent " + row.get("kind") + " reminder " + row.get("reminder") + " has " + row.get("n") + " inbox items");
        }
        return wrong;
    }
}
