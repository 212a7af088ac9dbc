package org.supervision.task.handover;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One handover as the API shows it (phones stay on the assignment: they belong to the person now in charge). */
public record HandoverView(UUID id, String fromPerson, String fromDepartment, String toPerson, String toDepartment,
                           String note, String handedOverBy, OffsetDateTime handedOverAt) {

    static HandoverView of(Handover h) {
        return new HandoverView(h.id, h.fromPerson, h.fromDepartment, h.toPerson, h.toDepartment, h.note, h.handedOverBy,
                h.handedOverAt);
    }
}
