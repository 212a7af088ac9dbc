package org.supervision.plan.plan;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who may read which plans: drafts are work in progress of the supervision office, so only
 * supervisors, admins, leaders and integrations see them; every authenticated caller sees
 * published plans (a unit needs the measure it is assigned).
 */
public final class PlanReaders {

    private static final Set<String> DRAFT_READERS = Set.of("supervisor", "admin", "leader", "integration");

    private PlanReaders() {
    }

    public static boolean mayReadDrafts(SecurityIdentity caller) {
        return DRAFT_READERS.stream().anyMatch(caller::hasRole);
    }

    public static boolean mayRead(SecurityIdentity caller, Plan plan) {
        return plan.status == PlanStatus.PUBLISHED || mayReadDrafts(caller);
    }
}
