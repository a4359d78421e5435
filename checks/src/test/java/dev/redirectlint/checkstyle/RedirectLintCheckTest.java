package dev.redirectlint.checkstyle;

import static dev.redirectlint.checkstyle.InlineConfigChecker.input;
import static dev.redirectlint.checkstyle.InlineConfigChecker.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.puppycrawl.tools.checkstyle.DefaultConfiguration;
import com.puppycrawl.tools.checkstyle.api.SeverityLevel;
import dev.redirectlint.api.Finding;
import dev.redirectlint.checkstyle.InlineConfigChecker.Reported;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.File;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The check under the real Checkstyle {@code Checker}, configured by the header of each input file. */
class RedirectLintCheckTest {

    @Test
    void reportsEveryRuleAndHonoursSuppressWarnings() throws Exception {
        List<Reported> reported = verify("InputRedirectLintDefaults.java");

        assertThat(reported).extracting(Reported::key).containsExactly(
                "non-get-302", "any-method-302", "non-get-301", "redirect-without-location", "non-get-302", "non-get-302");
        assertThat(reported).allSatisfy(violation -> {
            assertThat(violation.severity()).as("the module's severity, Checkstyle's default").isEqualTo(SeverityLevel.ERROR);
            assertThat(violation.source()).isEqualTo(RedirectLintCheck.class.getName());
        });
    }

    @Test
    void messagesAndLinesAreTheEnginesOwn() throws Exception {
        File file = input("InputRedirectLintDefaults.java");
        List<Finding> findings = new RedirectLint(LintConfig.defaults())
                .lintSource(file.toPath(), Files.readString(file.toPath())).findings();

        List<Reported> reported = verify("InputRedirectLintDefaults.java");

        assertThat(reported).extracting(Reported::line, Reported::column, Reported::message)
                .containsExactlyElementsOf(findings.stream()
                        .map(f -> tuple(f.region().startLine(), f.region().startColumn(), f.message())).toList());
    }

    @Test
    void adviceTheConfiguredStatusFirst() throws Exception {
        verify("InputRedirectLintPreferred307.java");
    }

    @Test
    void runsTheSelectedRulesOnly() throws Exception {
        verify("InputRedirectLintSelectedRules.java");
    }

    @Test
    void ruleSeveritiesRefineTheModuleSeverity() throws Exception {
        File file = input("InputRedirectLintDefaults.java");
        DefaultConfiguration config = InlineConfigChecker.configuration(file, Files.readString(file.toPath()));
        DefaultConfiguration module = (DefaultConfiguration) config.getChildren()[0];
        module.addProperty("severity", "warning");
        module.addProperty("ruleSeverities", "any-method-302=info, redirect-without-location = IGNORE");

        List<Reported> reported = InlineConfigChecker.run(config, file);

        assertThat(reported).extracting(Reported::key, Reported::severity).containsExactly(
                tuple("non-get-302", SeverityLevel.WARNING),
                tuple("any-method-302", SeverityLevel.INFO),
                tuple("non-get-301", SeverityLevel.WARNING),
                tuple("redirect-without-location", SeverityLevel.IGNORE),
                tuple("non-get-302", SeverityLevel.WARNING),
                tuple("non-get-302", SeverityLevel.WARNING));
    }

    @Test
    void checkstyleFiltersAndSuppressWarningsHolderApply() throws Exception {
        File file = input("InputRedirectLintFilters.java");
        assertThat(new RedirectLint(LintConfig.defaults()).lintSource(file.toPath(), Files.readString(file.toPath()))
                .findings()).as("what the filters have to drop").hasSize(6);

        verify("InputRedirectLintFilters.java");
    }

    @Test
    void messagesCanBeOverriddenByKey() throws Exception {
        verify("InputRedirectLintCustomMessage.java");
    }

    @Test
    void messagesFollowCheckstylesLocaleWithTranslationsOfTheBundle() throws Exception {
        verify("InputRedirectLintGerman.java");
    }

    @Test
    void theShortModuleNameAndTheClassNameBothWork() throws Exception {
        File file = input("InputRedirectLintSelectedRules.java");
        DefaultConfiguration config = new DefaultConfiguration("Checker");
        config.addChild(new DefaultConfiguration(RedirectLintCheck.class.getName()));

        assertThat(InlineConfigChecker.run(config, file)).hasSize(4);
    }
}
