package org.supervision.task.trend;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.supervision.task.api.ChinaTime;
import org.supervision.task.bulletin.AssignmentHistory;
import org.supervision.task.bulletin.Period;
import org.supervision.task.bulletin.PeriodHistory;
import org.supervision.task.supervision.WarningLevel;
import org.supervision.task.supervision.WarningPolicy;

/**
 * The trend over months (月度趋势) of a plan, a unit or all work, read from history month by month through
 * {@link PeriodHistory}: what was issued and completed (on time, late) in each month, 催办 and missed reports in
 * it, and what was open and overdue at its end with the deadline as it stood then. The current month counts up to
 * now. Red and yellow at a month's end are today's {@link WarningPolicy} applied to the state and deadline of then;
 * the report-missing cause of yellow is not reconstructed (missingReports counts those), because the recorded
 * levels are not history: {@code assignment_warning} holds only the current level and {@code warning_transition}
 * rows are deleted once relayed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class MonthlyTrend {

    /** One month's numbers. {@code red} equals {@code overdueAtEnd} by the rule; both are shown for the chart. */
    public record Month(String month, String label, long issued, long completedOnTime, long completedLate, long openAtEnd,
                        long overdueAtEnd, long red, long yellow, long urges, long missingReports) {
    }

    /** The months asked for, oldest first, and the filters they were counted with. */
    public record Trend(String from, String to, UUID planId, String unitCode, OffsetDateTime asOf, List<Month> months) {
    }

    private final PeriodHistory history;
    private final WarningPolicy warnings;
    private final Clock clock;

    public MonthlyTrend(PeriodHistory history, WarningPolicy warnings, Clock clock) {
        this.history = history;
        this.warnings = warnings;
        this.clock = clock;
    }

    /** The trend of the range; planId and unitCode narrow it when given. */
    public Trend of(MonthRange range, UUID planId, String unitCode) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = ChinaTime.today(clock);
        // what existed before the first month: the rest of "issued" is what each month's history adds to it
        Set<UUID> existed = ids(work(period(range.from().minusMonths(1)), planId, unitCode, now));
        List<Month> months = new ArrayList<>();
        for (YearMonth m : range.months()) {
            Period period = period(m);
            boolean running = period.end().isAfter(now);
            List<AssignmentHistory> work = work(period, planId, unitCode, now);
            // the day red is judged on, as the bulletin does: deadlines before it are passed at the month's end
            LocalDate judgedOn = running ? today : period.last().plusDays(1);
            long issued = 0, onTime = 0, late = 0, open = 0, overdue = 0, red = 0, yellow = 0, urges = 0, missing = 0;
            for (AssignmentHistory a : work) {
                if (!existed.contains(a.assignmentId())) {
                    issued++;
                }
                onTime += a.completedOnTime();
                late += a.completedLate();
                urges += a.urges();
                missing += a.reportsMissing();
                if (a.openAtEnd()) {
                    open++;
                }
                if (a.overdueAt(judgedOn)) {
                    overdue++;
                }
                WarningLevel level = warnings.levelOf(new WarningPolicy.Facts(a.openAtEnd(), a.deadlineAtEnd(), false), judgedOn);
                if (level == WarningLevel.RED) {
                    red++;
                } else if (level == WarningLevel.YELLOW) {
                    yellow++;
                }
            }
            months.add(new Month(period.label(), period.chinese(), issued, onTime, late, open, overdue, red, yellow, urges, missing));
            existed = ids(work);
        }
        return new Trend(range.from().toString(), range.to().toString(), planId, unitCode, now, months);
    }

    private List<AssignmentHistory> work(Period period, UUID planId, String unitCode, OffsetDateTime now) {
        OffsetDateTime end = period.end().isAfter(now) ? now : period.end();
        List<AssignmentHistory> all = history.of(period, planId, end);
        return unitCode == null ? all : all.stream().filter(a -> unitCode.equals(a.unitCode())).toList();
    }

    private static Period period(YearMonth month) {
        return new Period(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    private static Set<UUID> ids(List<AssignmentHistory> work) {
        return work.stream().map(AssignmentHistory::assignmentId).collect(Collectors.toCollection(HashSet::new));
    }
}
