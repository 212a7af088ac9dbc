package org.supervision.plan.unit;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A unit to add to the directory or the new state of one. The code is fixed once created (tokens
 * and other services key on it); on update a different code is refused. The region (GET
 * /api/v1/units/regions) defaults to the deployment's home region; name and aliases are unique within it.
 */
public record UnitRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, . _ -") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 100) String shortName,
        @NotBlank @Size(max = 40) String kind,
        UUID parentId,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 12) String regionCode) {
}
