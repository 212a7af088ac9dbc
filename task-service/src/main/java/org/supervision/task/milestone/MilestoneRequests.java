package org.supervision.task.milestone;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Bodies of the milestone endpoints; the assignment, state and author follow from the path and the token. */
public final class MilestoneRequests {

    private MilestoneRequests() {
    }

    public record NewMilestone(@NotBlank @Size(max = 500) String title, @NotNull LocalDate dueDate) {
    }

    public record Done(@Size(max = 2000) String note) {
    }
}
