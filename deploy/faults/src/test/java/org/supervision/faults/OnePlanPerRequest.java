package org.supervision.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Nothing created twice, nothing lost: each plan request of the traffic (one Idempotency-Key, written
 * into the title) made exactly one plan when the client saw its 201, at most one when no answer came
 * (the client sent it again with the same key), and none when it was refused.
 */
final class OnePlanPerRequest implements Invariant {

    private static final String PREFIX = "故障演练 ";
    private final FaultPlatform platform;

    OnePlanPerRequest(FaultPlatform platform) {
        this.platform = platform;
    }

    @Override
    public String name() {
        return "one plan per request: a request answered 201 made exactly one plan, one sent again after no answer at most one";
    }

    @Override
    public List<String> violations() throws Exception {
        Map<String, Long> plansByKey = new HashMap<>();
        for (Map<String, Object> row : platform.databases.rows(Databases.PLAN,
                "select title, count(*) as n from plan where title like ? group by title", PREFIX + "%")) {
            plansByKey.put(((String) row.get("title")).substring(PREFIX.length()), ((Number) row.get("n")).longValue());
        }
        List<String> wrong = new ArrayList<>();
        plansByKey.forEach((key, count) -> {
            if (!platform.ledger.wasAsked(key)) {
                wrong.add("plan " + key + " exists but was never asked for");
            } else if (count > 1) {
                wrong.add("plan request " + key + " made " + count + " plans (a request sent again was not recognised)");
            }
        });
        for (String key : platform.ledger.created()) {
            if (!plansByKey.containsKey(key)) {
                wrong.add("plan request " + key + " was answered 201 but no plan is stored (lost)");
            }
        }
        for (String key : platform.ledger.refused()) {
            if (plansByKey.containsKey(key)) {
                wrong.add("plan request " + key + " was refused but a plan is stored");
            }
        }
        return wrong;
    }
}
