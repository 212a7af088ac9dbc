package org.supervision.plan.imports;

import java.math.BigDecimal;

/**
 * A quantified target such as {@code 停电时间降至3.13小时/户以内}: metric {@code 停电时间},
 * comparator {@code <=}, value 3.13, unit {@code 小时/户}. Comparators: {@code >=}, {@code <=},
 * {@code =}, {@code ~} (about).
 */
public record Target(String text, String metric, String comparator, BigDecimal value, String unit) {
}
