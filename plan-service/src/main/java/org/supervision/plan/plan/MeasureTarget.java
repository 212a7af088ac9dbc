package org.supervision.plan.plan;

import java.math.BigDecimal;

/**
 * A quantified target of a measure ({@code 降至3.13小时/户以内}: metric 停电时间, comparator
 * {@code <=}, value 3.13, unit 小时/户). Comparators: {@code >=}, {@code <=}, {@code =}, {@code ~}.
 */
public record MeasureTarget(String text, String metric, String comparator, BigDecimal value, String unit) {
}
