package org.supervision.platform.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The platform is plumbing the services depend on, never the other way round: it names no service's
 * package (a domain answer reaches it through a hook such as DomainProblems or DevOnlySettings).
 * (A plain test rather than an {@code @ArchTest} field, which surefire's {@code -Dtest} filter passes over.)
 */
class NoServiceDependencyTest {

    private static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.supervision.platform");

    @Test
    void thePlatformDependsOnNoService() {
        noClasses().that().resideInAPackage("org.supervision.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.supervision.plan..", "org.supervision.task..",
                        "org.supervision.notification..", "org.supervision.gateway..", "org.supervision.local..")
                .check(PLATFORM);
    }

    @Test
    void thePlatformDependsOnNothingOfTheSuiteButTheContracts() {
        noClasses().that().resideInAPackage("org.supervision.platform..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.supervision.platform..", "org.supervision.contracts..",
                        "java..", "javax..", "jakarta..", "io..", "com..", "org.eclipse..", "org.hibernate..", "org.jboss..",
                        "org.postgresql..", "org.apache..", "org.slf4j..", "org.jspecify..", "")
                .check(PLATFORM);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.supervision.platform.(*)..").should().beFreeOfCycles().check(PLATFORM);
    }
}
