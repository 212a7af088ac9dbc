package org.supervision.task.ranking;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Points per occurrence for one role (lead or cooperating): added to the base of 100 for each piece of work
 * completed on time, and (usually negative) for each overdue piece, missing report, 催办, approved extension
 * and returned completion request.
 */
public record Weights(
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal onTime,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal overdue,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal reportsMissing,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal urges,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal extensions,
        @NotNull @DecimalMin("-100") @DecimalMax("100") BigDecimal returned) {

    public static Weights of(String onTime, String overdue, String reportsMissing, String urges, String extensions, String returned) {
        return new Weights(new BigDecimal(onTime), new BigDecimal(overdue), new BigDecimal(reportsMissing), new BigDecimal(urges),
                new BigDecimal(extensions), new BigDecimal(returned));
    }

    /** The weight of one kind of count. */
    public BigDecimal of(Kind kind) {
        return switch (kind) {
            case ON_TIME -> onTime;
            case OVERDUE -> overdue;
            case REPORTS_MISSING -> reportsMissing;
            case URGES -> urges;
            case EXTENSIONS -> extensions;
            case RETURNED -> returned;
        };
    }
}
