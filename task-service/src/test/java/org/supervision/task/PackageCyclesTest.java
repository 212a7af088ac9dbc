package org.supervision.task;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No two packages of task-service depend on each other, directly or round about: the outbox, inbox and
 * relay ({@code events}) know no domain, consumers live in the domain they feed ({@code assignment.PlanEvents},
 * {@code unit.UnitEvents}), a domain maps its own entities to the contracts' records, the audit trail knows
 * assignments only as {@code audit.Audited}, and the warning rule reads {@code WarningPolicy.Facts}, not the
 * assignment. (A plain test rather than an {@code @ArchTest} field, which surefire's {@code -Dtest} filter
 * passes over.)
 */
class PackageCyclesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supervision.task");

    @Test
    void packagesAreFreeOfCycles() {
        assertTrue(SERVICE.size() > 100, "the service's classes were found: " + SERVICE.size()); // not free of cycles by being empty
        slices().matching("org.supervision.task.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
