package org.supervision.plan.imports;

import java.time.LocalDate;

/**
 * The document's identity. {@code year} is the year the plan is about (from its title, else
 * its date of issue), which is also the year a bare {@code 6月底前} refers to.
 */
public record PlanHeader(String title, String docNumber, String issuer, LocalDate issuedOn, Integer year) {

    public static final PlanHeader EMPTY = new PlanHeader(null, null, null, null, null);
}
