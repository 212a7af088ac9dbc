package org.supervision.faults;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the traffic asked for: each plan request has its own key (sent as Idempotency-Key and written
 * into the plan's title), and the key is marked created when the suite saw the 201, or unknown when it
 * gave up without an answer. The database must then hold exactly one plan per created key, at most one
 * per unknown key, and none for anything else.
 */
final class Ledger {

    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private final Set<String> created = ConcurrentHashMap.newKeySet();
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    void asked(String key) {
        asked.add(key);
    }

    void created(String key) {
        created.add(key);
    }

    /** A 4xx other than 429: the plan was not made, and must not exist. */
    void refused(String key) {
        refused.add(key);
    }

    boolean wasAsked(String key) {
        return asked.contains(key);
    }

    Set<String> created() {
        return Set.copyOf(created);
    }

    Set<String> refused() {
        return Set.copyOf(refused);
    }

    int askedCount() {
        return asked.size();
    }
}
