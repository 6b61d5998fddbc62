package br.com.patritech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "br.com.patritech", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Views call services; services are where permissions and unit scoping are enforced. */
    @ArchTest
    static final ArchRule uiNeverUsesRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views must go through services, which check roles, units and flags");

    /** Features (and security) depend on each other in one direction only; base is the shared kernel. */
    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("br.com.patritech.(*)..")
            .should().beFreeOfCycles()
            .ignoreDependency(JavaClass.Predicates.resideInAPackage("br.com.patritech.base.."),
                    JavaClass.Predicates.resideInAnyPackage("br.com.patritech.."))
            .ignoreDependency(JavaClass.Predicates.resideInAnyPackage("br.com.patritech.."),
                    JavaClass.Predicates.resideInAPackage("br.com.patritech.base.."));

    /** The domain never reaches into the UI. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnUi = noClasses().that().resideOutsideOfPackage("br.com.patritech..ui..")
            .and().resideOutsideOfPackage("br.com.patritech.security..")
            .should().dependOnClassesThat().resideInAPackage("br.com.patritech..ui..");
}
