package org.supervision.task.progress;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record ProgressReportView(UUID id, UUID assignmentId, String unitCode, int percent, String narrative,
                                 List<ProgressReport.Figure> figures, boolean consolidated, String reportedBy,
                                 OffsetDateTime reportedAt) {

    public static ProgressReportView of(ProgressReport r, String unitCode) {
        return new ProgressReportView(r.id, r.assignmentId, unitCode, r.percent, r.narrative, List.copyOf(r.figures),
                r.consolidated, r.reportedBy, r.reportedAt);
    }
}
