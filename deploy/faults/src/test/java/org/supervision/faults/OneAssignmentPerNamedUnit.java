package org.supervision.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every active measure of a published plan (plan-service's database) has exactly one assignment that is
 * not cancelled per unit it names, directly or through a group (task-service's database), and no such
 * assignment exists for a unit the measure does not name. An assignment reassigned after a dispute
 * stands in for the unit the plan names.
 */
final class OneAssignmentPerNamedUnit implements Invariant {

    private final FaultPlatform platform;

    OneAssignmentPerNamedUnit(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "every published measure has exactly one assignment per named unit";
    }

    @Override
    public List<String> violations() throws Exception {
        Set<String> named = new HashSet<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.PLAN, """
                select distinct m.id::text as measure, coalesce(mu.unit_id, gm.unit_id)::text as unit
                from plan p
                join measure m on m.plan_id = p.id
                join measure_unit mu on mu.measure_id = m.id
                left join unit_group_member gm on mu.unit_id is null and gm.group_id = mu.group_id
                where p.status = 'PUBLISHED' and m.status = 'ACTIVE' and coalesce(mu.unit_id, gm.unit_id) is not null""")) {
            named.add(row.get("measure") + " " + row.get("unit"));
        }
        Map<String, Long> assigned = new HashMap<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.TASK, """
                select measure_id::text as measure, coalesce(reassigned_from_unit_id, unit_id)::text as unit, count(*) as n
                from assignment where state <> 'CANCELLED' group by 1, 2""")) {
            assigned.put(row.get("measure") + " " + row.get("unit"), ((Number) row.get("n")).longValue());
        }
        List<String> wrong = new ArrayList<>();
        for (String pair : named) {
            long count = assigned.getOrDefault(pair, 0L);
            if (count != 1) {
                wrong.add("measure and unit " + pair + ": " + count + " assignments");
            }
        }
        assigned.keySet().stream().filter(pair -> !named.contains(pair))
                .forEach(pair -> wrong.add("measure and unit " + pair + ": an assignment, but the measure does not name the unit"));
        return wrong;
    }
}
