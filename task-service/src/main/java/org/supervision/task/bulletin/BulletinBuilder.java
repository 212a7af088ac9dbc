package org.supervision.task.bulletin;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.platform.api.Problem;
import org.supervision.platform.api.ProblemException;
import org.supervision.task.api.ChinaTime;
import org.supervision.task.calendar.WorkingDayCalendar;
import org.supervision.task.ranking.Kind;
import org.supervision.task.ranking.RankingRule;
import org.supervision.task.ranking.RankingRules;
import org.supervision.task.ranking.Scoring;
import org.supervision.task.ranking.Tally;

/**
 * Builds a period's bulletin from {@link PeriodHistory}: the numbers per unit, the ranking by each plan's rule
 * ({@link RankingRules}) and the unit's 红黄牌: RED when it has at least {@code supervision.bulletin.red-card-red-items}
 * (3) red items at the period's end, YELLOW at {@code supervision.bulletin.yellow-card-red-items} (1).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BulletinBuilder {

    private final PeriodHistory history;
    private final RankingRules rules;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int redCard;
    private final int yellowCard;
    private final int yellowWorkingDays;

    public BulletinBuilder(PeriodHistory history, RankingRules rules, WorkingDayCalendar calendar, Clock clock,
                           @ConfigProperty(name = "supervision.bulletin.red-card-red-items", defaultValue = "3") int redCard,
                           @ConfigProperty(name = "supervision.bulletin.yellow-card-red-items", defaultValue = "1") int yellowCard,
                           @ConfigProperty(name = "supervision.warning.yellow-working-days", defaultValue = "5") int yellowWorkingDays) {
        this.history = history;
        this.rules = rules;
        this.calendar = calendar;
        this.clock = clock;
        this.redCard = redCard;
        this.yellowCard = yellowCard;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    public BulletinContent build(Period period, UUID planId, String title) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = ChinaTime.today(clock);
        if (period.first().isAfter(today)) {
            throw new ProblemException(Problem.badRequest("A bulletin counts what happened: the period has not begun.",
                    List.of(new Problem.Violation("period", "not-future", "a month or year that has begun"))));
        }
        boolean running = period.end().isAfter(now);
        OffsetDateTime asOf = running ? now : period.end();
        // the day red is judged on: deadlines before it are passed at the end counted
        LocalDate judgedOn = running ? today : period.last().plusDays(1);
        LocalDate yellowUntil = calendar.addWorkingDays(judgedOn, yellowWorkingDays);

        List<AssignmentHistory> work = history.of(period, planId, asOf);
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, long[]> extra = new LinkedHashMap<>(); // per unit: assignments, due, late, red, yellow
        List<BulletinContent.OverdueItem> overdue = new ArrayList<>();
        String planTitle = null;
        for (AssignmentHistory a : work) {
            planTitle = a.planTitle();
            RankingRule.Role role = "COOPERATING".equals(a.role()) ? RankingRule.Role.COOPERATING : RankingRule.Role.LEAD;
            Tally t = tallies.computeIfAbsent(a.unitCode() + "|" + a.planId() + "|" + role,
                    k -> new Tally(a.unitCode(), a.unitName(), a.planId(), role));
            long[] x = extra.computeIfAbsent(a.unitCode(), k -> new long[5]);
            x[0]++;
            if (a.dueIn(period)) {
                x[1]++;
            }
            x[2] += a.completedLate();
            t.add(Kind.ON_TIME, a.completedOnTime()).add(Kind.REPORTS_MISSING, a.reportsMissing()).add(Kind.URGES, a.urges())
                    .add(Kind.EXTENSIONS, a.extensions()).add(Kind.RETURNED, a.returned());
            if (a.overdueAt(judgedOn)) {
                long days = ChronoUnit.DAYS.between(a.deadlineAtEnd(), judgedOn);
                t.add(Kind.OVERDUE, 1).addDaysOverdue(days);
                x[3]++;
                overdue.add(new BulletinContent.OverdueItem(a.unitCode(), a.unitName(), a.role(), a.planTitle(), a.measureNumber(),
                        a.measureTitle(), a.deadlineAtEnd(), days, a.stateAtEnd()));
            } else if (a.openAtEnd() && a.deadlineAtEnd() != null && !a.deadlineAtEnd().isAfter(yellowUntil)) {
                x[4]++;
            }
        }
        List<Scoring.Ranked> ranking = Scoring.rank(new ArrayList<>(tallies.values()), rules::ruleOf);
        List<BulletinContent.UnitLine> units = new ArrayList<>();
        long[] sum = new long[13];
        for (Scoring.Ranked r : ranking) {
            long[] x = extra.get(r.unitCode());
            String card = x[3] >= redCard ? "RED" : x[3] >= yellowCard ? "YELLOW" : "NONE";
            Map<Kind, Long> k = r.totals();
            units.add(new BulletinContent.UnitLine(r.rank(), r.unitCode(), r.unitName(), r.score(), card, x[0], x[1],
                    k.get(Kind.ON_TIME), x[2], k.get(Kind.OVERDUE), r.daysOverdue(), k.get(Kind.REPORTS_MISSING),
                    k.get(Kind.URGES), k.get(Kind.RETURNED), k.get(Kind.EXTENSIONS), x[3], x[4]));
            long[] add = {x[0], x[1], k.get(Kind.ON_TIME), x[2], k.get(Kind.OVERDUE), k.get(Kind.REPORTS_MISSING), k.get(Kind.URGES),
                    k.get(Kind.RETURNED), k.get(Kind.EXTENSIONS), x[3], x[4], "RED".equals(card) ? 1 : 0, "YELLOW".equals(card) ? 1 : 0};
            for (int i = 0; i < sum.length; i++) {
                sum[i] += add[i];
            }
        }
        overdue.sort(Comparator.comparingLong(BulletinContent.OverdueItem::daysOverdue).reversed()
                .thenComparing(BulletinContent.OverdueItem::unitCode));
        String shownPlanTitle = planId == null ? null : planTitle;
        String heading = title != null && !title.isBlank() ? title.strip()
                : "关于" + period.chinese() + (shownPlanTitle == null ? "督查督办工作" : "《" + shownPlanTitle + "》落实") + "情况的通报";
        return new BulletinContent(period.label(), period.first(), period.last(), asOf, planId, shownPlanTitle, heading,
                planId == null ? null : rules.current(planId).version(), new BulletinContent.Cards(redCard, yellowCard),
                new BulletinContent.Totals(sum[0], sum[1], sum[2], sum[3], sum[4], sum[5], sum[6], sum[7], sum[8], sum[9], sum[10],
                        sum[11], sum[12]),
                units, ranking, overdue);
    }

    /** The score a unit line shows, for texts that name it. */
    static String points(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }
}
