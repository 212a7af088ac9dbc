package org.supervision.plan.plan;

import java.time.LocalDate;

import org.supervision.plan.api.PlanDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The editable header of a plan (PUT replaces all of it). */
public record PlanHeaderRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 100) String docNumber,
        @Size(max = 200) String issuer,
        @PlanDate LocalDate issuedOn,
        @Min(2000) @Max(2100) int year,
        @PlanDate LocalDate defaultDeadline) {
}
