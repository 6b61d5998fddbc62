package br.com.patritech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.repository.Repository;

/** The package rules of docs and package-info files, checked on every build. No exemptions. */
@AnalyzeClasses(packages = "br.com.patritech", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = {"br.com.patritech.security..", "br.com.patritech.users..",
            "br.com.patritech.organization..", "br.com.patritech.catalog..", "br.com.patritech.assets..",
            "br.com.patritech.dashboard..", "br.com.patritech.api..", "br.com.patritech.demo.."};

    /** Views call services; services are where permissions and unit scoping are enforced. */
    @ArchTest
    static final ArchRule uiNeverUsesRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views must go through services, which check roles, units and flags");

    /** Features, security and base depend on each other in one direction only. */
    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("br.com.patritech.(*)..")
            .should().beFreeOfCycles();

    /** The shared kernel knows no feature; features plug into it through interfaces it declares. */
    @ArchTest
    static final ArchRule baseDependsOnNoFeature = noClasses().that().resideInAPackage("br.com.patritech.base..")
            .should().dependOnClassesThat().resideInAnyPackage(FEATURES)
            .because("base is the shared kernel every feature may use");

    /**
     * The domain (services, entities, records, API) never reaches into the UI. Only wiring may name a view: the
     * security configuration names the login view.
     */
    @ArchTest
    static final ArchRule domainDoesNotDependOnUi = noClasses().that().resideOutsideOfPackage("br.com.patritech..ui..")
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("br.com.patritech..ui..");

    /** A feature's repositories are its own: other features go through its services. */
    @ArchTest
    static final ArchRule repositoriesStayInTheirFeature = classes().that().areAssignableTo(Repository.class)
            .and().resideInAPackage("br.com.patritech..")
            .should(new ArchCondition<JavaClass>("be used only inside their own feature") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    repository.getDirectDependenciesToSelf().stream()
                            .filter(d -> !featureOf(d.getOriginClass()).equals(featureOf(repository)))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            });

    /** "assets" for br.com.patritech.assets.ui.AssetView. */
    private static String featureOf(JavaClass type) {
        String rest = type.getPackageName().substring("br.com.patritech".length());
        return rest.isEmpty() ? "" : rest.substring(1).split("\\.")[0];
    }
}
