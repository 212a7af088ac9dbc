package org.supervision.plan.plan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.supervision.plan.api.PlanDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A measure as a reviewer writes it: a new one, or the whole new state of one (PUT). Units are
 * named by directory id or by name (resolved like an import's mentions); state and ids are not
 * settable here.
 */
public record MeasureRequest(
        @NotBlank @Size(max = 40) String number,
        @Size(max = 10) List<@NotBlank @Size(max = 300) String> path,
        @NotBlank @Size(max = 2000) String title,
        @Size(max = 20000) String text,
        @Size(max = 100) List<@NotNull @Valid UnitRef> leadUnits,
        @Size(max = 200) List<@NotNull @Valid UnitRef> cooperatingUnits,
        @PlanDate LocalDate deadline,
        @Size(max = 200) String deadlineText,
        @Size(max = 50) List<@NotNull @Valid TargetRef> targets,
        UUID parentId,
        @Size(max = 500) String reason) {

    /**
     * A unit by {@code unitId}, a group by {@code groupId}, or either by {@code name};
     * {@code mention} keeps the plan's wording (a measure read back from GET can be sent as it is).
     */
    public record UnitRef(UUID unitId, UUID groupId, @Size(max = 200) String name, @Size(max = 200) String mention) {
    }

    public record TargetRef(@NotBlank @Size(max = 500) String text, @Size(max = 200) String metric,
                            @Pattern(regexp = ">=|<=|=|~", message = "one of >= <= = ~") String comparator,
                            @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal value, @Size(max = 40) String unit) {
    }
}
