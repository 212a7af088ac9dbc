package org.supervision.notification.reminder;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

/** Per-plan reminder policies, with the configured defaults for plans that have none. */
@ApplicationScoped
public class ReminderPolicies {

    private final EntityManager entityManager;
    private final ReminderSettings settings;
    private final Clock clock;

    public ReminderPolicies(EntityManager entityManager, ReminderSettings settings, Clock clock) {
        this.entityManager = entityManager;
        this.settings = settings;
        this.clock = clock;
    }

    public ReminderPolicy of(UUID planId) {
        return view(planId).policy();
    }

    public ReminderPolicyView view(UUID planId) {
        List<Tuple> rows = entityManager.createNativeQuery("""
                        select before_working_days, on_the_day, overdue_every_working_days, overdue_max_reminders,
                               escalate_after_working_days, updated_at, updated_by, report_working_days_before,
                               report_on_the_day
                        from reminder_policy where plan_id = ?1""", Tuple.class)
                .setParameter(1, planId).getResultList();
        if (rows.isEmpty()) {
            return new ReminderPolicyView(planId, ReminderPolicy.of(settings.defaults()), true, null, null);
        }
        Tuple row = rows.get(0);
        List<Integer> before = Arrays.stream(row.get(0, String.class).split(",")).filter(s -> !s.isBlank())
                .map(Integer::valueOf).toList();
        ReminderPolicy policy = new ReminderPolicy(before, row.get(1, Boolean.class), ((Number) row.get(2)).intValue(),
                ((Number) row.get(3)).intValue(), ((Number) row.get(4)).intValue(),
                row.get(7) == null ? null : ((Number) row.get(7)).intValue(), (Boolean) row.get(8))
                .withDefaults(settings.defaults()); // a row written before reporting reminders existed has none
        return new ReminderPolicyView(planId, policy, false, toOffset(row.get(5)), row.get(6, String.class));
    }

    public ReminderPolicyView save(UUID planId, ReminderPolicy requested, String by) {
        ReminderPolicy policy = requested.withDefaults(settings.defaults());
        String before = policy.beforeWorkingDays().stream().distinct().sorted((a, b) -> b - a).map(String::valueOf)
                .collect(Collectors.joining(","));
        entityManager.createNativeQuery("""
                        insert into reminder_policy (plan_id, before_working_days, on_the_day, overdue_every_working_days,
                                                     overdue_max_reminders, escalate_after_working_days, updated_at, updated_by,
                                                     report_working_days_before, report_on_the_day)
                        values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                        on conflict (plan_id) do update set before_working_days = excluded.before_working_days,
                            report_working_days_before = excluded.report_working_days_before,
                            report_on_the_day = excluded.report_on_the_day,
                            on_the_day = excluded.on_the_day, overdue_every_working_days = excluded.overdue_every_working_days,
                            overdue_max_reminders = excluded.overdue_max_reminders,
                            escalate_after_working_days = excluded.escalate_after_working_days,
                            updated_at = excluded.updated_at, updated_by = excluded.updated_by""")
                .setParameter(1, planId).setParameter(2, before).setParameter(3, policy.onTheDay())
                .setParameter(4, policy.overdueEveryWorkingDays()).setParameter(5, policy.overdueMaxReminders())
                .setParameter(6, policy.escalateAfterWorkingDays()).setParameter(7, OffsetDateTime.now(clock))
                .setParameter(8, by).setParameter(9, policy.reportWorkingDaysBefore())
                .setParameter(10, policy.reportOnTheDay()).executeUpdate();
        return view(planId);
    }

    private static OffsetDateTime toOffset(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
