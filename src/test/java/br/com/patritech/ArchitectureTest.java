package br.com.patritech;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.springframework.data.repository.Repository;

/** The package rules of docs and package-info files, checked on every build. No exemptions. */
@AnalyzeClasses(packages = "br.com.patritech", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Views call services; services are where permissions and unit scoping are enforced. */
    @ArchTest
    static final ArchRule uiNeverUsesRepositories = noClasses().that().resideInAPackage("..ui..")
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("views must go through services, which check roles, units and flags");

    /** Features, security and base depend on each other in one direction only. */
    @ArchTest
    static final ArchRule featuresDoNotFormCycles = slices().matching("br.com.patritech.(*)..")
            .should().beFreeOfCycles();

    /** Who may depend on whom, as each package-info.java says; base, the shared kernel, on nobody. */
    @ArchTest
    static final ArchRule featuresDependOnlyAsDocumented = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("base").definedBy("br.com.patritech.base..")
            .layer("security").definedBy("br.com.patritech.security..")
            .layer("users").definedBy("br.com.patritech.users..")
            .layer("organization").definedBy("br.com.patritech.organization..")
            .layer("catalog").definedBy("br.com.patritech.catalog..")
            .layer("assets").definedBy("br.com.patritech.assets..")
            .layer("documents").definedBy("br.com.patritech.documents..")
            .layer("custody").definedBy("br.com.patritech.custody..")
            .layer("transfers").definedBy("br.com.patritech.transfers..")
            .layer("inventory").definedBy("br.com.patritech.inventory..")
            .layer("exchange").definedBy("br.com.patritech.exchange..")
            .layer("depreciation").definedBy("br.com.patritech.depreciation..")
            .layer("dashboard").definedBy("br.com.patritech.dashboard..")
            .layer("attachments").definedBy("br.com.patritech.attachments..")
            .layer("api").definedBy("br.com.patritech.api..")
            .layer("demo").definedBy("br.com.patritech.demo..")
            .layer("operations").definedBy("br.com.patritech.operations..")
            .layer("audit").definedBy("br.com.patritech.audit..")
            .layer("twofactor").definedBy("br.com.patritech.twofactor..")
            .layer("reports").definedBy("br.com.patritech.reports..")
            .layer("notifications").definedBy("br.com.patritech.notifications..")
            .whereLayer("base").mayNotAccessAnyLayer()
            .whereLayer("security").mayOnlyAccessLayers("base")
            .whereLayer("organization").mayOnlyAccessLayers("base", "security")
            .whereLayer("catalog").mayOnlyAccessLayers("base", "security")
            .whereLayer("users").mayOnlyAccessLayers("base", "security", "organization")
            .whereLayer("assets").mayOnlyAccessLayers("base", "security", "organization", "catalog")
            .whereLayer("documents").mayOnlyAccessLayers("base")
            .whereLayer("custody").mayOnlyAccessLayers("base", "security", "users", "organization", "catalog", "assets",
                    "documents")
            .whereLayer("transfers").mayOnlyAccessLayers("base", "security", "users", "organization", "catalog",
                    "assets", "documents", "custody")
            .whereLayer("inventory").mayOnlyAccessLayers("base", "security", "users", "organization", "catalog",
                    "assets", "documents", "transfers")
            .whereLayer("exchange").mayOnlyAccessLayers("base", "security", "organization", "catalog", "assets",
                    "custody")
            .whereLayer("depreciation").mayOnlyAccessLayers("base", "security", "organization", "catalog", "assets",
                    "documents")
            .whereLayer("attachments").mayOnlyAccessLayers("base", "security", "organization", "catalog", "assets",
                    "documents")
            .whereLayer("dashboard").mayOnlyAccessLayers("base", "security", "organization", "catalog", "assets",
                    "custody", "transfers", "depreciation")
            .whereLayer("api").mayOnlyAccessLayers("base", "security", "users", "organization", "catalog", "assets",
                    "documents", "custody", "transfers", "dashboard", "inventory", "exchange", "depreciation", "audit",
                    "twofactor", "reports", "attachments", "notifications")
            .whereLayer("operations").mayOnlyAccessLayers("base", "security")
            .whereLayer("audit").mayOnlyAccessLayers("base", "security")
            .whereLayer("twofactor").mayOnlyAccessLayers("base", "security", "users", "documents")
            .whereLayer("reports").mayOnlyAccessLayers("base", "security", "organization", "catalog", "assets",
                    "documents", "custody", "transfers")
            .whereLayer("demo").mayOnlyAccessLayers("base", "security", "users", "organization", "catalog", "assets",
                    "custody", "transfers", "inventory", "depreciation", "notifications")
            .whereLayer("notifications").mayOnlyAccessLayers("base", "security", "users", "organization", "assets",
                    "custody", "transfers", "inventory", "depreciation", "exchange");

    /** The domain (services, entities, records, configuration, API) never reaches into the UI. */
    @ArchTest
    static final ArchRule domainDoesNotDependOnUi = noClasses().that().resideOutsideOfPackage("br.com.patritech..ui..")
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
