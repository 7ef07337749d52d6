package be.burgerzaken.app.arch;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The module rules of docs/architecture.md, checked on the compiled code of every module in the WAR:
 * modules meet only through api packages, the kernel depends on no domain module, no cycles, no framework
 * code in domain packages beyond JPA.
 */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.burgerzaken");
    }

    @Test
    void otherModulesUseOnlyTheKernelsApi() {
        noClasses().that().resideOutsideOfPackage("be.burgerzaken.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("be.burgerzaken.kernel.domain..",
                        "be.burgerzaken.kernel.application..", "be.burgerzaken.kernel.persistence..",
                        "be.burgerzaken.kernel.rest..", "be.burgerzaken.kernel.web..", "be.burgerzaken.kernel.security..")
                .because("a module's internals are its own; others go through its api packages")
                .check(classes);
    }

    @Test
    void domainModulesMeetOnlyThroughApiPackages() {
        for (String module : new String[] {"population", "civilstatus", "criminalrecords", "elections", "training"}) {
            String base = "be.burgerzaken." + module;
            noClasses().that().resideOutsideOfPackage(base + "..")
                    .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(base + "..")
                            .and(JavaClass.Predicates.resideOutsideOfPackage(base + ".api..")))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void theKernelDependsOnNoDomainModuleNorOnTheApp() {
        noClasses().that().resideInAPackage("be.burgerzaken.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("be.burgerzaken.population..",
                        "be.burgerzaken.civilstatus..", "be.burgerzaken.criminalrecords..", "be.burgerzaken.elections..",
                        "be.burgerzaken.training..", "be.burgerzaken.app..")
                .check(classes);
    }

    @Test
    void modulesHaveNoCycles() {
        slices().matching("be.burgerzaken.(*)..").should().beFreeOfCycles().check(classes);
    }

    // --- civil status (issue 4) ---
    @Test
    void civilStatusIsInTheWarAndItsApiStandsOnItsOwn() {
        org.junit.jupiter.api.Assertions.assertTrue(classes.stream()
                        .anyMatch(c -> c.getPackageName().equals("be.burgerzaken.civilstatus.application")),
                "the civil-status module is on the class path of the WAR");
        noClasses().that().resideInAPackage("be.burgerzaken.civilstatus.api..")
                .should().dependOnClassesThat().resideInAnyPackage("be.burgerzaken.civilstatus.application..",
                        "be.burgerzaken.civilstatus.domain..", "be.burgerzaken.civilstatus.persistence..",
                        "be.burgerzaken.civilstatus.rest..")
                .because("other modules see only the api package; it must not drag the internals along")
                .check(classes);
    }

    @Test
    void domainPackagesHoldNoFrameworkCodeBeyondPersistence() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "jakarta.faces..",
                        "jakarta.enterprise..", "jakarta.inject..", "jakarta.servlet..", "jakarta.transaction..")
                .check(classes);
    }

    // --- frontoffice (issue 8) ---
    @Test
    void frontOfficeReachesOtherModulesOnlyThroughTheirApiAndNothingReachesItsInternals() {
        org.junit.jupiter.api.Assertions.assertTrue(classes.stream()
                        .anyMatch(c -> c.getPackageName().equals("be.burgerzaken.frontoffice.application")),
                "the front-office module is on the class path of the WAR");
        String base = "be.burgerzaken.frontoffice";
        noClasses().that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage(base + "..")
                        .and(JavaClass.Predicates.resideOutsideOfPackage(base + ".api..")))
                .check(classes);
        noClasses().that().resideInAPackage(base + "..")
                .should().dependOnClassesThat().resideInAnyPackage("be.burgerzaken.population.application..",
                        "be.burgerzaken.population.domain..", "be.burgerzaken.population.persistence..",
                        "be.burgerzaken.civilstatus.application..", "be.burgerzaken.civilstatus.domain..",
                        "be.burgerzaken.criminalrecords.application..", "be.burgerzaken.criminalrecords.domain..")
                .because("the front office starts procedures and reads the citizen file through the modules' api")
                .check(classes);
    }
    // --- end frontoffice ---
}
