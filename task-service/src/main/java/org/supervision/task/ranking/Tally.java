package org.supervision.task.ranking;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/**
 * What one unit did in one plan and role in the period counted: how many of each {@link Kind}, and the days
 * its open work was overdue (the first tie-breaker). Mutable while a query's rows are added up, then read.
 */
public final class Tally {

    private final String unitCode;
    private final String unitName;
    private final UUID planId;
    private final RankingRule.Role role;
    private final Map<Kind, Long> counts = new EnumMap<>(Kind.class);
    private long daysOverdue;

    public Tally(String unitCode, String unitName, UUID planId, RankingRule.Role role) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.planId = planId;
        this.role = role;
        for (Kind k : Kind.values()) {
            counts.put(k, 0L);
        }
    }

    public Tally add(Kind kind, long n) {
        counts.merge(kind, n, Long::sum);
        return this;
    }

    public Tally addDaysOverdue(long days) {
        daysOverdue += days;
        return this;
    }

    public String unitCode() {
        return unitCode;
    }

    public String unitName() {
        return unitName;
    }

    public UUID planId() {
        return planId;
    }

    public RankingRule.Role role() {
        return role;
    }

    public long count(Kind kind) {
        return counts.get(kind);
    }

    public long daysOverdue() {
        return daysOverdue;
    }
}
