package org.supervision.notification.access;

import java.util.Set;

/**
 * Whose inbox a caller reads: every unit's ({@code units} null: supervisors, admins, leaders), the
 * one unit of a unit officer, or the units an integration's token grants. {@code officer}: the
 * caller is the unit's own officer, the only one who marks its items read. {@code officeUnit}: the
 * code of the supervision office's own inbox when the caller works there (supervisors, admins), who
 * mark the office's items read; null for everyone else.
 */
public record InboxReader(Set<String> units, boolean officer, String officeUnit) {

    public InboxReader(Set<String> units, boolean officer) {
        this(units, officer, null);
    }

    public static InboxReader everyUnit() {
        return new InboxReader(null, false);
    }

    /** The supervision office's members: every unit's inbox, and their own office's items to mark read. */
    public static InboxReader office(String officeUnit) {
        return new InboxReader(null, false, officeUnit);
    }

    /** Only one unit's items of what this reader reads (none when that unit is not among them); blank: unchanged. */
    public InboxReader narrowedTo(String unitCode) {
        if (unitCode == null || unitCode.isBlank()) {
            return this;
        }
        String code = unitCode.strip();
        return new InboxReader(units == null || units.contains(code) ? Set.of(code) : Set.of(), officer, officeUnit);
    }

    /** Whether this reader marks an item of {@code unitCode} read: its unit's officer, or the office for its own inbox. */
    public boolean marksRead(String unitCode) {
        return officer || (officeUnit != null && officeUnit.equals(unitCode));
    }
}
