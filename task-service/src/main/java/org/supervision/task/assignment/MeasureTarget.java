package org.supervision.task.assignment;

import java.math.BigDecimal;

/** A quantified target of the measure, as plan-service published it; reports give figures against it. */
public record MeasureTarget(String text, String metric, String comparator, BigDecimal value, String unit) {
}
