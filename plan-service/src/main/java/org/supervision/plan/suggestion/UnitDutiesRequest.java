package org.supervision.plan.suggestion;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The whole list of a unit's duty keywords (it replaces the list): short phrases of what the unit
 * is responsible for, as plans word it (纳税服务, 不动产登记, 招商引资). Repeats are kept once.
 */
public record UnitDutiesRequest(
        @Schema(description = "At most 50 keywords of at most 30 characters each; an empty list removes them",
                example = "[\"纳税服务\", \"税费优惠\", \"发票\"]")
        @NotNull @Size(max = 50) List<@NotBlank @Size(max = 30) String> keywords) {
}
