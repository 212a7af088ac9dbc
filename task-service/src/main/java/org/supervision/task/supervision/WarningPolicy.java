package org.supervision.task.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.supervision.task.calendar.WorkingDayCalendar;

/**
 * The rule for warning levels, in one place: {@link #RULE}, an ordered list of clauses, is evaluated on one
 * assignment after a lifecycle action ({@link #levelOf}) and written out as the SQL expression
 * ({@link #LEVEL_SQL}) the set-based sweep evaluates over every assignment. Each condition carries both of
 * its forms side by side, and {@code WarningRuleCasesTest} runs one table of cases through both. The yellow
 * window counts working days on the calendar of mainland China, so a deadline after a holiday is not flagged
 * days early.
 */
@ApplicationScoped
public class WarningPolicy {

    /** What the rule reads of an assignment: whether it is still open, its deadline (may be null), whether a report is missing. */
    public record Facts(boolean open, LocalDate deadline, boolean reportMissing) {
    }

    /**
     * One condition of the rule, in Java over {@link Facts} and in SQL over the sweep's columns {@code state},
     * {@code deadline}, {@code missing} and its parameters {@code :today}, {@code :yellowUntil}. A null deadline
     * makes the deadline conditions false in Java and unknown in SQL, which a {@code case when} also passes over.
     */
    enum Condition {
        /** Finished work (completed or cancelled) is history: the states that are not open. */
        FINISHED("state in ('COMPLETED', 'CANCELLED')"),
        OVERDUE("deadline < cast(:today as date)"),
        /** Due within the yellow window: by {@code yellowUntil}, N working days from today. */
        DUE_SOON("deadline <= cast(:yellowUntil as date)"),
        /** The report the plan's reporting cycle asked for has not come. */
        REPORT_MISSING("missing");

        final String sql;

        Condition(String sql) {
            this.sql = sql;
        }

        boolean holds(Facts f, LocalDate today, LocalDate yellowUntil) {
            return switch (this) {
                case FINISHED -> !f.open();
                case OVERDUE -> f.deadline() != null && f.deadline().isBefore(today);
                case DUE_SOON -> f.deadline() != null && !f.deadline().isAfter(yellowUntil);
                case REPORT_MISSING -> f.reportMissing();
            };
        }
    }

    /** A level and the conditions any one of which gives it. */
    record Clause(WarningLevel level, List<Condition> anyOf) {
    }

    /** The rule: the first clause with a condition that holds gives the level; else {@link #OTHERWISE}. */
    static final List<Clause> RULE = List.of(
            new Clause(WarningLevel.NONE, List.of(Condition.FINISHED)),
            new Clause(WarningLevel.RED, List.of(Condition.OVERDUE)),
            new Clause(WarningLevel.YELLOW, List.of(Condition.DUE_SOON, Condition.REPORT_MISSING)));
    static final WarningLevel OTHERWISE = WarningLevel.GREEN;

    /**
     * {@link #RULE} as the SQL expression the sweep computes {@code new_level} with: {@code case when
     * state in ('COMPLETED', 'CANCELLED') then 'NONE' when deadline < cast(:today as date) then 'RED' when
     * deadline <= cast(:yellowUntil as date) or missing then 'YELLOW' else 'GREEN' end}.
     */
    static final String LEVEL_SQL = RULE.stream()
            .map(c -> "when " + c.anyOf().stream().map(k -> k.sql).collect(Collectors.joining(" or ")) + " then '"
                    + c.level().name() + "'")
            .collect(Collectors.joining(" ", "case ", " else '" + OTHERWISE.name() + "' end"));

    private final WorkingDayCalendar calendar;
    private final int yellowWorkingDays;

    public WarningPolicy(WorkingDayCalendar calendar,
                         @ConfigProperty(name = "supervision.warning.yellow-working-days", defaultValue = "5") int yellowWorkingDays) {
        this.calendar = calendar;
        this.yellowWorkingDays = yellowWorkingDays;
    }

    /** The last deadline that is yellow today: N working days from today. */
    public LocalDate yellowUntil(LocalDate today) {
        return calendar.addWorkingDays(today, yellowWorkingDays);
    }

    public int yellowWorkingDays() {
        return yellowWorkingDays;
    }

    /** The level of one assignment today. */
    public WarningLevel levelOf(Facts facts, LocalDate today) {
        return levelOf(facts, today, yellowUntil(today));
    }

    static WarningLevel levelOf(Facts facts, LocalDate today, LocalDate yellowUntil) {
        for (Clause clause : RULE) {
            if (clause.anyOf().stream().anyMatch(c -> c.holds(facts, today, yellowUntil))) {
                return clause.level();
            }
        }
        return OTHERWISE;
    }
}
