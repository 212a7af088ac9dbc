package org.supervision.plan.api;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.supervision.platform.api.Problem;

/**
 * The schema's unique keys and the request field each one guards. Two requests can both pass the
 * service's own check that a code or name is free and then meet at the database's unique key
 * (SQLState 23505); the loser is told it is a conflict on that field, as it would have been a
 * moment later by the check itself, never a 500.
 */
public final class UniqueKeys {

    static final String UNIQUE_VIOLATION = "23505";
    /** The rule a taken value breaks, also in the service's own checks. */
    public static final String RULE = "unique";

    /** Constraint names as PostgreSQL made them from V1, V3 and V8 ({table}_{column}_key, {table}_pkey). */
    private static final Map<String, String> FIELDS = Map.of(
            "unit_code_key", "code",
            "unit_name_key", "name",
            "unit_alias_alias_key", "aliases",
            "unit_group_code_key", "code",
            "unit_group_name_key", "name",
            "unit_group_alias_alias_key", "aliases",
            "region_pkey", "code");

    private UniqueKeys() {
    }

    /** The 409 for a unique-key violation among {@code failure}'s causes; empty when there is none. */
    static Optional<Problem> conflictIn(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> next = new ArrayDeque<>();
        next.add(failure);
        // a violation found at commit arrives wrapped (and sometimes suppressed) by the transaction manager
        while (!next.isEmpty() && seen.size() < 32) {
            Throwable t = next.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException violation
                    && UNIQUE_VIOLATION.equals(violation.getSQLState())) {
                return Optional.of(conflict(violation.getConstraintName()));
            }
            if (t instanceof java.sql.SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(conflict(constraintOf(sql.getMessage())));
            }
            if (t.getCause() != null) {
                next.add(t.getCause());
            }
            next.addAll(List.of(t.getSuppressed()));
        }
        return Optional.empty();
    }

    private static Problem conflict(String constraint) {
        String field = constraint == null ? null : FIELDS.get(constraint);
        List<Problem.Violation> errors = field == null ? List.of()
                : List.of(new Problem.Violation(field, RULE, "another request took this " + field + " at the same moment"));
        return Problem.conflict("Another request stored the same " + (field == null ? "value" : field)
                + " at the same moment; read it and decide again.", errors);
    }

    /** PostgreSQL: duplicate key value violates unique constraint "unit_code_key". */
    private static String constraintOf(String message) {
        if (message == null) {
            return null;
        }
        int open = message.indexOf("constraint \"");
        int close = open < 0 ? -1 : message.indexOf('"', open + 12);
        return close < 0 ? null : message.substring(open + 12, close);
    }
}
