package org.supervision.task.assignment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the lifecycle actions. None carries a state, a unit or an id of the assignment itself:
 * those follow from the action and the token, so a client cannot set them (mass assignment).
 */
public final class LifecycleRequests {

    private LifecycleRequests() {
    }

    /** 签收, optionally naming who is in charge. */
    public record Accept(@Size(max = 100) String personInCharge,
                         @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "digits, spaces, + - ( )") String phone) {
    }

    /** A reason is required wherever a decision needs explaining (dispute, return, cancel, reopen). */
    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record DisputeDecision(@NotNull Decision decision, @Size(max = 64) String unitCode, @NotBlank @Size(max = 2000) String reason) {
        public enum Decision { REASSIGN, REJECT }
    }

    public record CompletionRequest(@NotBlank @Size(max = 5000) String summary) {
    }

    /** {@code reviewAt}: COMPLETE only, accepted subject to a re-inspection (复核) on that date. */
    public record Review(@NotNull Decision decision, @Size(max = 2000) String reason, LocalDate reviewAt) {
        public enum Decision { COMPLETE, RETURN }
    }

    /** 复核's outcome: CONFIRMED keeps the work completed, REOPENED opens it again; the finding says what was found. */
    public record ReInspection(@NotNull Outcome outcome, @NotBlank @Size(max = 5000) String finding) {
        public enum Outcome { CONFIRMED, REOPENED }
    }

    /** 转办 inside the unit: to whom (required), their department and phone, and a note. */
    public record Handover(@NotBlank @Size(max = 100) String personInCharge, @Size(max = 200) String department,
                           @Size(max = 40) @Pattern(regexp = "[0-9+() -]*", message = "digits, spaces, + - ( )") String phone,
                           @Size(max = 2000) String note) {
    }

    public record Report(@Min(0) @Max(100) int percent, @NotBlank @Size(max = 10000) String narrative,
                         @Size(max = 50) List<@NotNull @Valid Figure> figures, boolean consolidated) {
        public record Figure(@NotBlank @Size(max = 200) String metric, @NotNull @DecimalMin("-1e15") @DecimalMax("1e15") BigDecimal value,
                             @Size(max = 40) String unit) {
        }
    }

    public record Extension(@NotNull LocalDate requestedDeadline, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ExtensionDecision(boolean approve, @Size(max = 2000) String note) {
    }
}
