package org.supervision.plan.plan;

import java.time.LocalDate;
import java.util.List;

import org.supervision.plan.api.PlanDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A structured plan, as another government system or a supervisor's client submits it. Units are
 * named as the plan names them; each must resolve to a unit of the directory, in the plan's region
 * ({@code regionCode}; else the one its issuer or document number names; else the home region) or its parents.
 */
public record CreatePlanRequest(
        @NotBlank @Size(max = 500) String title,
        @Size(max = 100) String docNumber,
        @Size(max = 200) String issuer,
        @Min(2000) @Max(2100) Integer year,
        @NotEmpty @Size(max = 2000) List<@NotNull @Valid MeasureRequest> measures,
        @Size(max = 12) String regionCode) {

    public record MeasureRequest(
            @NotBlank @Size(max = 40) String number,
            @NotBlank @Size(max = 10000) String title,
            @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> leadUnits,
            @Size(max = 200) List<@NotBlank @Size(max = 200) String> cooperatingUnits,
            @PlanDate LocalDate deadline) {
    }
}
