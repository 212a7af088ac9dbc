package org.supervision.plan.suggestion;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A unit's duty keywords as the API shows them; {@code version} is also the ETag to send back in If-Match. */
@Schema(description = "The duty keywords of a unit, used to suggest it as the lead of imported measures that name no unit")
public record UnitDutiesView(UUID unitId, String unitName, List<String> keywords, long version) {
}
