package org.supervision.task.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * The worked example of task-service/SUPERVISION.md ("考核: the ranking rule"), number for number: five units,
 * the default weights, the scores and the ranks the table gives (a tie decided by fewer overdue pieces, a
 * score held at 0).
 */
class WorkedExampleTest {

    private static final UUID PLAN = UUID.fromString("2f6b8d4a-1c3e-4a5b-9d7f-0e2c4a6b8d10");

    /** onTime, overdue, reportsMissing, urges, extensions, returned */
    private static Tally tally(String unit, RankingRule.Role role, long... n) {
        Tally t = new Tally(unit, unit, PLAN, role);
        for (int i = 0; i < n.length; i++) {
            t.add(Kind.values()[i], n[i]);
        }
        return t;
    }

    private static final List<Tally> EXAMPLE = List.of(
            tally("QZ-FGW", RankingRule.Role.LEAD, 4, 1, 0, 1, 1, 0),
            tally("QZ-FGW", RankingRule.Role.COOPERATING, 2, 0, 0, 0, 0, 0),
            tally("QZ-SCJG", RankingRule.Role.LEAD, 2, 0, 1, 0, 0, 1),
            tally("QZ-SCJG", RankingRule.Role.COOPERATING, 1, 1, 0, 2, 0, 0),
            tally("QZ-SPJ", RankingRule.Role.LEAD, 0, 2, 2, 3, 0, 0),
            tally("QZ-JYJ", RankingRule.Role.LEAD, 1, 0, 0, 1, 1, 0),
            tally("QZ-JYJ", RankingRule.Role.COOPERATING, 0, 0, 1, 1, 1, 0),
            tally("QZ-ZJJ", RankingRule.Role.LEAD, 0, 21, 0, 0, 0, 0));

    @Test
    void theWorkedExampleScoresAndRanksAsDocumented() {
        List<Scoring.Ranked> ranked = Scoring.rank(EXAMPLE, plan -> RankingRule.DEFAULT);
        assertEquals(List.of("QZ-FGW", "QZ-JYJ", "QZ-SCJG", "QZ-SPJ", "QZ-ZJJ"), ranked.stream().map(Scoring.Ranked::unitCode).toList());
        assertEquals(List.of(new BigDecimal("103.00"), new BigDecimal("98.00"), new BigDecimal("98.00"), new BigDecimal("83.00"),
                new BigDecimal("0.00")), ranked.stream().map(Scoring.Ranked::score).toList());
        assertEquals(List.of(1, 2, 3, 4, 5), ranked.stream().map(Scoring.Ranked::rank).toList());
        // the breakdown of QZ-SCJG: each term is count × weight of its role
        Scoring.Ranked scjg = ranked.get(2);
        assertEquals(List.of("LEAD ON_TIME 2 × 2 = 4", "LEAD REPORTS_MISSING 1 × -2 = -2", "LEAD RETURNED 1 × -2 = -2",
                        "COOPERATING ON_TIME 1 × 1 = 1", "COOPERATING OVERDUE 1 × -2 = -2", "COOPERATING URGES 2 × -0.5 = -1.0"),
                scjg.breakdown().stream().map(t -> t.role() + " " + t.kind() + " " + t.count() + " × "
                        + t.weight().toPlainString() + " = " + t.points().toPlainString()).toList());
    }

    @Test
    void anotherVersionOfTheRuleChangesTheOrder() {
        // the office weighs 催办 heavily for cooperating units: QZ-SCJG's two chases now cost 10
        RankingRule strict = new RankingRule(RankingRule.DEFAULT.lead(), Weights.of("1", "-2", "-1", "-5", "-0.5", "-1"));
        List<Scoring.Ranked> ranked = Scoring.rank(EXAMPLE, plan -> strict);
        assertEquals(new BigDecimal("89.00"), ranked.stream().filter(r -> r.unitCode().equals("QZ-SCJG")).findFirst().orElseThrow().score());
        assertEquals(new BigDecimal("93.50"), ranked.stream().filter(r -> r.unitCode().equals("QZ-JYJ")).findFirst().orElseThrow().score());
        assertEquals(List.of("QZ-FGW", "QZ-JYJ", "QZ-SCJG", "QZ-SPJ", "QZ-ZJJ"), ranked.stream().map(Scoring.Ranked::unitCode).toList());
    }
}
