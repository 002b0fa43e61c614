package dev.servicestandards.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The house rules of ARCHITECTURE.md and STYLE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.servicestandards");

    @Test
    void no_engine_type_in_an_api_package() {
        noClasses().that().resideInAPackage("..api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(CLASSES);
    }

    @Test
    void core_does_not_know_drools() {
        noClasses().that().resideInAPackage("dev.servicestandards.api..")
                .or().resideInAPackage("dev.servicestandards.internal..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..", "dev.servicestandards.rules..")
                .check(CLASSES);
    }

    @Test
    void time_is_never_read_from_the_wall_clock() {
        noClasses().should().callMethod(java.time.Instant.class, "now")
                .orShould().callMethod(System.class, "currentTimeMillis")
                .orShould().callMethod(java.time.LocalDate.class, "now")
                .orShould().callMethod(java.time.ZonedDateTime.class, "now")
                .orShould().callMethod(java.time.OffsetDateTime.class, "now")
                .check(CLASSES);
    }
}
