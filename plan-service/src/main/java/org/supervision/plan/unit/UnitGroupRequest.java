package org.supervision.plan.unit;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A group to add or the new state of one: its name, other names, and member units. */
public record UnitGroupRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "letters, digits, . _ -") String code,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @NotNull @Size(max = 1000) List<@NotNull UUID> members,
        @Size(max = 12) String regionCode) {
}
