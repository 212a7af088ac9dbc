package org.supervision.plan.api;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A date in the years a plan can have (2000 to 2100, as a plan's year). JSON takes any ISO date,
 * +20240-06-30 included: such a typo would otherwise be refused only by PostgreSQL (a 500), or
 * travel on to the services that count working days and remind on it.
 */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = PlanDate.InPlanYears.class)
public @interface PlanDate {

    String message() default "must be a date from 2000-01-01 to 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class InPlanYears implements ConstraintValidator<PlanDate, LocalDate> {

        @Override
        public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
            return date == null || (date.getYear() >= 2000 && date.getYear() <= 2100);
        }
    }
}
