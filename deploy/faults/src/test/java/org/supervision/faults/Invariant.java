package org.supervision.faults;

import java.util.List;

/**
 * A property of the stored state and the topics that must hold once a fault is over and the system
 * has caught up. Each one is a class of its own so that it can be read alone; {@link #all} is the set
 * every scenario checks.
 */
interface Invariant {

    /** What is checked, in the words of RELIABILITY.md. */
    String name();

    /**
     * What is wrong now, one line each, the same words for the same fault every time (a scenario leaves
     * aside what was wrong before it began); empty when the invariant holds.
     */
    List<String> violations() throws Exception;

    static List<Invariant> all(FaultPlatform platform) {
        return List.of(
                new OnePlanPerRequest(platform),
                new OneAssignmentPerNamedUnit(platform),
                new OneEventPerTransition(platform),
                new OneInboxItemPerRecipientAndKind(platform),
                new NoReminderSentTwice(platform),
                new NothingLeftPending(platform));
    }

    /** The first few lines of a long list, and how many more there are, for the console and the results. */
    static List<String> firstOf(List<String> lines) {
        int shown = 12;
        if (lines.size() <= shown) {
            return lines;
        }
        List<String> out = new java.util.ArrayList<>(lines.subList(0, shown));
        out.add("… and " + (lines.size() - shown) + " more");
        return out;
    }
}
