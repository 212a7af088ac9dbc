package org.supervision.task.supervision;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supervision.local.testing.PlatformTestResource;
import org.supervision.local.testing.TestTokens;
import org.supervision.task.assignment.Assignment;
import org.supervision.task.assignment.AssignmentState;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * One table of cases for the warning rule, run through both of its paths: the single-assignment path
 * ({@link WarningPolicy#levelOf}, after a lifecycle action) and the SQL the sweep computes every level with
 * ({@link WarningPolicy#LEVEL_SQL}, the very expression its statement embeds), evaluated by PostgreSQL over
 * the same state, deadline and missing-report flag with the parameters the sweep binds; then the whole sweep
 * over one assignment per case.
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

    @Inject
    WarningSweep sweep;

    /** One case: an assignment's state, where its deadline lies, whether a report is missing; the level it must have. */
    record Case(AssignmentState state, Deadline deadline, boolean reportMissing, WarningLevel expected) {

        /** The case as an assignment, whose own {@code warningFacts()} the single-assignment path reads. */
        Assignment assignment(LocalDate today, LocalDate yellowUntil) {
            Assignment a = new Assignment();
            a.state = state;
            a.deadline = deadline.on(today, yellowUntil);
            a.reportMissing = reportMissing;
            return a;
        }
    }

    /** The table. */
    static final List<Case> CASES = List.of(
            new Case(AssignmentState.ISSUED, Deadline.LONG_PAST, false, WarningLevel.RED),
            new Case(AssignmentState.ISSUED, Deadline.YESTERDAY, false, WarningLevel.RED),
            new Case(AssignmentState.ISSUED, Deadline.YESTERDAY, true, WarningLevel.RED),
            new Case(AssignmentState.ISSUED, Deadline.TODAY, false, WarningLevel.YELLOW),
            new Case(AssignmentState.ISSUED, Deadline.LAST_YELLOW_DAY, false, WarningLevel.YELLOW),
            new Case(AssignmentState.ISSUED, Deadline.DAY_AFTER_YELLOW, false, WarningLevel.GREEN),
            new Case(AssignmentState.ISSUED, Deadline.DAY_AFTER_YELLOW, true, WarningLevel.YELLOW),
            new Case(AssignmentState.ISSUED, Deadline.FAR_AHEAD, false, WarningLevel.GREEN),
            new Case(AssignmentState.ISSUED, Deadline.NONE, false, WarningLevel.GREEN),
            new Case(AssignmentState.ISSUED, Deadline.NONE, true, WarningLevel.YELLOW),
            new Case(AssignmentState.ACCEPTED, Deadline.YESTERDAY, false, WarningLevel.RED),
            new Case(AssignmentState.ACCEPTED, Deadline.FAR_AHEAD, true, WarningLevel.YELLOW),
            new Case(AssignmentState.DISPUTED, Deadline.TODAY, false, WarningLevel.YELLOW),
            new Case(AssignmentState.DISPUTED, Deadline.FAR_AHEAD, false, WarningLevel.GREEN),
            new Case(AssignmentState.IN_PROGRESS, Deadline.LAST_YELLOW_DAY, true, WarningLevel.YELLOW),
            new Case(AssignmentState.IN_PROGRESS, Deadline.FAR_AHEAD, false, WarningLevel.GREEN),
            new Case(AssignmentState.COMPLETION_REQUESTED, Deadline.YESTERDAY, false, WarningLevel.RED),
            new Case(AssignmentState.COMPLETION_REQUESTED, Deadline.NONE, false, WarningLevel.GREEN),
            new Case(AssignmentState.COMPLETED, Deadline.YESTERDAY, false, WarningLevel.NONE),
            new Case(AssignmentState.COMPLETED, Deadline.TODAY, true, WarningLevel.NONE),
            new Case(AssignmentState.COMPLETED, Deadline.NONE, false, WarningLevel.NONE),
            new Case(AssignmentState.CANCELLED, Deadline.LONG_PAST, true, WarningLevel.NONE),
            new Case(AssignmentState.CANCELLED, Deadline.FAR_AHEAD, false, WarningLevel.NONE));

    static List<Case> cases() {
        return CASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theSingleAssignmentPathAndTheSweepsSqlAgreeWithTheTable(Case c) {
        LocalDate yellowUntil = policy.yellowUntil(TODAY);
        LocalDate deadline = c.deadline().on(TODAY, yellowUntil);

        assertEquals(c.expected(), policy.levelOf(c.assignment(TODAY, yellowUntil).warningFacts(), TODAY), "Java rule");
        assertEquals(c.expected(), WarningLevel.valueOf(sqlLevel(c.state(), deadline, c.reportMissing(), yellowUntil)),
                "sweep's SQL");
    }

    /**
     * The whole sweep over the table: one assignment per case, written with another level than the case's, today's
     * deadlines; a report is missing where the sweep finds one (a weekly cycle whose due date passed since the work
     * was issued, no report). After one sweep each has the case's level. (Finished work never has a report missing:
     * its level is NONE whatever the flag.)
     */
    @Test
    void theSweepGivesEveryAssignmentOfTheTableItsLevel() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        LocalDate yellowUntil = policy.yellowUntil(today);
        UUID reporting = UUID.randomUUID();
        UUID quiet = UUID.randomUUID();
        Map<UUID, Case> written = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (Case c : CASES) {
                UUID id = UUID.randomUUID();
                written.put(id, c);
                entityManager.createNativeQuery("""
                                insert into assignment (id, plan_id, plan_title, measure_id, measure_number, measure_title, unit_id,
                                                        unit_code, unit_name, role, state, deadline, created_at, updated_at)
                                values (:id, :plan, '预警规则测试方案', :measure, '1', '预警规则测试措施', :unit, 'QZ-FGW', '市发展改革委',
                                        'LEAD', :state, cast(:deadline as date), now() - interval '30 days', now())""")
                        .setParameter("id", id).setParameter("plan", c.reportMissing() ? reporting : quiet)
                        .setParameter("measure", UUID.randomUUID()).setParameter("unit", UUID.randomUUID())
                        .setParameter("state", c.state().name())
                        .setParameter("deadline", Optional.ofNullable(c.deadline().on(today, yellowUntil)).map(LocalDate::toString).orElse(null))
                        .executeUpdate();
                entityManager.createNativeQuery("""
                                insert into assignment_warning (assignment_id, warning_level, report_missing, changed_at)
                                values (:id, :level, false, now())""")
                        .setParameter("id", id)
                        .setParameter("level", c.expected() == WarningLevel.RED ? "GREEN" : "RED").executeUpdate();
            }
        });

        given().auth().oauth2(TestTokens.supervisor()).contentType(ContentType.JSON).body("{\"frequency\": \"WEEKLY\", \"dueDay\": 1}")
                .when().put("/api/v1/supervision/reporting-cycles/" + reporting).then().statusCode(200);
        assertTrue(sweep.run().ran(), "the sweep ran");

        for (Map.Entry<UUID, Case> w : written.entrySet()) {
            String level = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                    .createNativeQuery("select warning_level from assignment_warning where assignment_id = :id")
                    .setParameter("id", w.getKey()).getSingleResult());
            assertEquals(w.getValue().expected().name(), level, w.getValue().toString());
        }
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
