package org.supervision.task.bulletin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.supervision.task.ranking.Scoring;

/**
 * A bulletin (月度通报) of a period as built from history: the totals, one line per unit in the order of the
 * ranking with its 红黄牌, the ranking's breakdown, and the work overdue at the period's end. {@code asOf} is
 * the moment it was counted to (the period's end, or now for a period still running).
 */
public record BulletinContent(String period, LocalDate first, LocalDate last, OffsetDateTime asOf, UUID planId,
                              String planTitle, String title, Long ruleVersion, Cards cards, Totals totals,
                              List<UnitLine> units, List<Scoring.Ranked> ranking, List<OverdueItem> overdueItems) {

    /** The 红黄牌 rule in force when it was built: a unit with that many red items gets the card. */
    public record Cards(int redCardRedItems, int yellowCardRedItems) {
    }

    public record Totals(long assignments, long due, long completedOnTime, long completedLate, long overdueAtEnd,
                         long reportsMissing, long urges, long returned, long extensions, long red, long yellow,
                         long unitsWithRedCard, long unitsWithYellowCard) {
    }

    /** One unit's numbers of the period, its card (RED, YELLOW, NONE), rank and score. */
    public record UnitLine(int rank, String unitCode, String unitName, BigDecimal score, String card, long assignments,
                           long due, long completedOnTime, long completedLate, long overdueAtEnd, long daysOverdue,
                           long reportsMissing, long urges, long returned, long extensions, long red, long yellow) {
    }

    /** Work open past its deadline at the period's end, with the deadline as it then stood. */
    public record OverdueItem(String unitCode, String unitName, String role, String planTitle, String measureNumber,
                              String measureTitle, LocalDate deadline, long daysOverdue, String state) {
    }
}
