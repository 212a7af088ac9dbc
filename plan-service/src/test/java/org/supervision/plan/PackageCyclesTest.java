package org.supervision.plan;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No two packages of plan-service depend on each other, directly or round about: the outbox and relay
 * ({@code events}) know no domain, and a domain maps its own entities to the contracts' records.
 * (A plain test rather than an {@code @ArchTest} field, which surefire's {@code -Dtest} filter passes over.)
 */
class PackageCyclesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supervision.plan");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.supervision.plan.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
