package org.supervision.task.ranking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * A plan's rule for the evaluation ranking (考核): a unit starts from {@link #BASE} and gets, for each count
 * of its work in the lead role and in the cooperating role, the weight of that role and kind; the score is
 * never below 0. The default (version 0) holds for a plan nobody configured.
 */
public record RankingRule(@NotNull @Valid Weights lead, @NotNull @Valid Weights cooperating) {

    public static final int BASE = 100;

    public static final RankingRule DEFAULT = new RankingRule(
            Weights.of("2", "-5", "-2", "-1", "-1", "-2"),
            Weights.of("1", "-2", "-1", "-0.5", "-0.5", "-1"));

    public Weights of(Role role) {
        return role == Role.LEAD ? lead : cooperating;
    }

    /** The two roles a unit may have in a measure; weighted separately. */
    public enum Role { LEAD, COOPERATING }
}
