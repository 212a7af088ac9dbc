package org.supervision.plan.region;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A region to add: its code (the administrative division code, fixed once created), name, level,
 * parent, and what its units' names open with.
 */
public record RegionRequest(
        @NotBlank @Size(max = 12) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9-]*", message = "letters, digits, -") String code,
        @NotBlank @Size(max = 100) String name,
        @NotNull RegionLevel level,
        @Size(max = 12) String parentCode,
        @Size(max = 10) String abbreviation,
        @Size(max = 20) List<@NotBlank @Size(max = 50) String> prefixes) {
}
