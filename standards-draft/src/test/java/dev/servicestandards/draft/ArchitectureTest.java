package dev.servicestandards.draft;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The drafter uses only other modules' public API, and never reads the wall clock itself. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.servicestandards.draft");

    @Test
    void only_the_public_api_of_core() {
        noClasses().that().resideInAPackage("dev.servicestandards.draft..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.servicestandards.internal..",
                        "dev.servicestandards.rules..")
                .check(CLASSES);
    }

    @Test
    void the_api_does_not_show_apache_poi() {
        noClasses().that().resideInAPackage("dev.servicestandards.draft.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache..")
                .check(CLASSES);
    }

    @Test
    void time_is_never_read_from_the_wall_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .check(CLASSES);
    }
}
