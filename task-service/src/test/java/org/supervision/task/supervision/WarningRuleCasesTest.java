package org.supervision.task.supervision;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.task.assignment.AssignmentState;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;

/**
 * One table of cases for the warning rule, run through both of its paths: the single-assignment path
 * ({@link WarningPolicy#levelOf}, after a lifecycle action) and the SQL the sweep computes every level with
 * ({@link WarningPolicy#LEVEL_SQL}, the very expression its statement embeds), evaluated by PostgreSQL over
 * the same state, deadline and missing-report flag with the parameters the sweep binds. (WarningLevelsTest
 * runs the whole sweep end to end.)
 */
@QuarkusTest
@QuarkusTestResource(value = PlatformTestResource.class, initArgs = @ResourceArg(name = "service", value = "task-service"))
class WarningRuleCasesTest {

    /** A Monday; its yellow window ends five working days on. */
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    /** Where a case's deadline lies, relative to today and the last day of the yellow window. */
    enum Deadline {
        LONG_PAST, YESTERDAY, TODAY, LAST_YELLOW_DAY, DAY_AFTER_YELLOW, FAR_AHEAD, NONE;

        LocalDate on(LocalDate today, LocalDate yellowUntil) {
            return switch (this) {
                case LONG_PAST -> today.minusYears(1);
                case YESTERDAY -> today.minusDays(1);
                case TODAY -> today;
                case LAST_YELLOW_DAY -> yellowUntil;
                case DAY_AFTER_YELLOW -> yellowUntil.plusDays(1);
                case FAR_AHEAD -> today.plusYears(1);
                case NONE -> null;
            };
        }
    }

    @Inject
    WarningPolicy policy;

    @Inject
    EntityManager entityManager;

    @ParameterizedTest(name = "{0}, deadline {1}, report missing {2}: {3}")
    @CsvSource(textBlock = """
            ISSUED,               LONG_PAST,        false, RED
            ISSUED,               YESTERDAY,        false, RED
            ISSUED,               YESTERDAY,        true,  RED
            ISSUED,               TODAY,            false, YELLOW
            ISSUED,               LAST_YELLOW_DAY,  false, YELLOW
            ISSUED,               DAY_AFTER_YELLOW, false, GREEN
            ISSUED,               DAY_AFTER_YELLOW, true,  YELLOW
            ISSUED,               FAR_AHEAD,        false, GREEN
            ISSUED,               NONE,             false, GREEN
            ISSUED,               NONE,             true,  YELLOW
            ACCEPTED,             YESTERDAY,        false, RED
            ACCEPTED,             FAR_AHEAD,        true,  YELLOW
            DISPUTED,             TODAY,            false, YELLOW
            DISPUTED,             FAR_AHEAD,        false, GREEN
            IN_PROGRESS,          LAST_YELLOW_DAY,  true,  YELLOW
            IN_PROGRESS,          FAR_AHEAD,        false, GREEN
            COMPLETION_REQUESTED, YESTERDAY,        false, RED
            COMPLETION_REQUESTED, NONE,             false, GREEN
            COMPLETED,            YESTERDAY,        false, NONE
            COMPLETED,            TODAY,            true,  NONE
            COMPLETED,            NONE,             false, NONE
            CANCELLED,            LONG_PAST,        true,  NONE
            CANCELLED,            FAR_AHEAD,        false, NONE
            """)
    void theSingleAssignmentPathAndTheSweepsSqlAgreeWithTheTable(AssignmentState state, Deadline when, boolean reportMissing,
                                                                  WarningLevel expected) {
        LocalDate yellowUntil = policy.yellowUntil(TODAY);
        LocalDate deadline = when.on(TODAY, yellowUntil);
        boolean open = state != AssignmentState.COMPLETED && state != AssignmentState.CANCELLED;

        assertEquals(expected, policy.levelOf(new WarningPolicy.Facts(open, deadline, reportMissing), TODAY), "Java rule");
        assertEquals(expected, WarningLevel.valueOf(sqlLevel(state, deadline, reportMissing, yellowUntil)), "sweep's SQL");
    }

    @Test
    void theYellowWindowCountsWorkingDaysSoItEndsAfterAWeekend() {
        // Monday plus five working days passes a weekend: the next Monday
        assertEquals(TODAY.plusDays(7), policy.yellowUntil(TODAY));
    }

    /** The sweep's level expression, evaluated by PostgreSQL over one row shaped as the sweep's {@code computed}. */
    private String sqlLevel(AssignmentState state, LocalDate deadline, boolean missing, LocalDate yellowUntil) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                        "select " + WarningPolicy.LEVEL_SQL + " from (select cast(:state as text) as state,"
                                + " cast(:deadline as date) as deadline, cast(:missing as boolean) as missing) computed")
                .setParameter("state", state.name())
                .setParameter("deadline", deadline == null ? null : deadline.toString())
                .setParameter("missing", missing)
                .setParameter("today", TODAY)
                .setParameter("yellowUntil", yellowUntil)
                .getSingleResult());
    }
}
