package org.supervision.notification.access;

import java.util.Set;

/**
 * Whose inbox a caller reads: every unit's ({@code units} null: supervisors, admins, leaders), the
 * one unit of a unit officer, or the units an integration's token grants. {@code officer}: the
 * caller is the unit's own officer, the only one who marks its items read.
 */
public record InboxReader(Set<String> units, boolean officer) {

    public static InboxReader everyUnit() {
        return new InboxReader(null, false);
    }
}
