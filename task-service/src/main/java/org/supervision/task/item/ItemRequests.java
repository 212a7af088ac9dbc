package org.supervision.task.item;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.supervision.task.supervision.Frequency;
import org.supervision.task.supervision.WorkSource;

/**
 * The body of {@code POST /api/v1/supervision/items}. It carries no number, state, creator or assignment: those
 * follow from the creation and the token (mass assignment). Units are codes of task-service's copy of the unit
 * directory. PostgreSQL text cannot hold U+0000, so that one character is refused; everything else is kept.
 */
public final class ItemRequests {

    private ItemRequests() {
    }

    /** The document the item rests on: a leader's 批示件, a 12345 工单, an inspection or audit report. */
    public record Basis(@NotBlank @Size(max = 300) String title,
                        @Size(max = 100) String docNumber,
                        LocalDate date) {
    }

    /** An optional reporting cycle (报送周期) for the item's units, as a plan's: MONTHLY on the 5th, WEEKLY on day 1–7... */
    public record Cycle(@NotNull Frequency frequency, @Min(1) @Max(28) int dueDay) {
    }

    public record Create(@NotNull WorkSource source,
                         @NotNull @Valid Basis basis,
                         @NotBlank @Size(max = 100) String category,
                         Priority priority,
                         @NotBlank @Size(max = 500) String title,
                         @NotBlank @Size(max = 20000) String content,
                         @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 64) String> leadUnits,
                         @Size(max = 200) List<@NotBlank @Size(max = 64) String> cooperatingUnits,
                         @NotNull LocalDate deadline,
                         @Valid Cycle reportingCycle) {

        public Priority priorityOrDefault() {
            return priority == null ? Priority.NORMAL : priority;
        }

        public List<String> cooperatingOrNone() {
            return cooperatingUnits == null ? List.of() : cooperatingUnits;
        }
    }
}
