package org.supervision.notification;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * No two packages of notification-service depend on each other, directly or round about: the inbox of
 * events ({@code events}) knows no domain; the task events' consumer tells the domains through CDI events
 * ({@code Received}), so none calls another to be told; a lower domain (reminder) that must let a higher one
 * (reporting) follow a change fires an event rather than calling it.
 * (A plain test rather than an {@code @ArchTest} field, which surefire's {@code -Dtest} filter passes over.)
 */
class PackageCyclesTest {

    private static final JavaClasses SERVICE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supervision.notification");

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.supervision.notification.(*)..").should().beFreeOfCycles().check(SERVICE);
    }
}
