package dev.redirectlint.catalogue;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of the packages, from the bottom: {@code api} (what users and reports see), {@code source}
 * and {@code io} (text and files), {@code model} and {@code java} (what handlers and redirects are; Java
 * code read without a compiler), {@code fix} (edits), the knowledge of frameworks ({@code frameworks},
 * {@code redirects}) and {@code rules}, the lexical {@code project} model, the {@code engine} that runs them,
 * and on top what drives the engine ({@code apply} for fixes, {@code report}, {@code baseline},
 * {@code checkstyle}). A lower layer never reaches up, and no two packages depend on each other. A
 * framework's home ({@code frameworks.helidon}) depends on the core, never the other way round, and not on
 * another home.
 */
@AnalyzeClasses(packages = "dev.redirectlint", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] DRIVERS = {
            "dev.redirectlint.engine..", "dev.redirectlint.apply..", "dev.redirectlint.report..",
            "dev.redirectlint.baseline..", "dev.redirectlint.checkstyle.."};

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = slices().matching("dev.redirectlint.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule theApiDependsOnNothingOfTheTool = noClasses().that().resideInAPackage("dev.redirectlint.api..")
            .should().dependOnClassesThat().resideOutsideOfPackages("dev.redirectlint.api..", "java..");

    @ArchTest
    static final ArchRule frameworkKnowledgeAndRulesDoNotReachTheEngine = noClasses()
            .that().resideInAnyPackage("dev.redirectlint.frameworks..", "dev.redirectlint.redirects..",
                    "dev.redirectlint.rules..", "dev.redirectlint.fix..", "dev.redirectlint.java..",
                    "dev.redirectlint.model..", "dev.redirectlint.source..")
            .should().dependOnClassesThat().resideInAnyPackage(DRIVERS);

    /** A framework's home is found through its services line: nothing else names it. */
    @ArchTest
    static final ArchRule nothingOutsideAHomeDependsOnIt = noClasses()
            .that().resideOutsideOfPackage("dev.redirectlint.frameworks.*..")
            .should().dependOnClassesThat().resideInAPackage("dev.redirectlint.frameworks.*..");

    @ArchTest
    static final ArchRule homesAreIndependentOfEachOther =
            slices().matching("dev.redirectlint.frameworks.(*)..").should().notDependOnEachOther();

    @ArchTest
    static final ArchRule javaCodeReadingKnowsNoFrameworkDetector = noClasses()
            .that().resideInAnyPackage("dev.redirectlint.java..", "dev.redirectlint.source..", "dev.redirectlint.model..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.redirectlint.frameworks..",
                    "dev.redirectlint.redirects..", "dev.redirectlint.rules..", "dev.redirectlint.project..");
}
