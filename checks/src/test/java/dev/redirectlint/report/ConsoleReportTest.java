package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleReportTest {

    private static final Path FILE = Path.of("/work/shop/src/main/java/shop/OrderController.java");

    private static Finding finding(Severity severity) {
        return new Finding("non-get-302", severity, "POST handler OrderController#create answers 302", "non-get-302",
                List.of(), FILE, new Region(21, 16, 21, 33, 500, 518), "OrderController#create",
                "\"redirect:\" view name", List.of(), List.of());
    }

    @Test
    void formatsAFindingCompilerStyle() {
        assertThat(ConsoleReport.line(finding(Severity.WARNING))).isEqualTo(
                "/work/shop/src/main/java/shop/OrderController.java:[21,16] [non-get-302] "
                        + "POST handler OrderController#create answers 302");
    }

    @Test
    void formatsAProcessingErrorWithAndWithoutPosition() {
        assertThat(ConsoleReport.line(new ProcessingError(FILE, 4, 9, "Parse error")))
                .isEqualTo("/work/shop/src/main/java/shop/OrderController.java:[4,9] Parse error");
        assertThat(ConsoleReport.line(new ProcessingError(FILE, 0, 0, "cannot be read")))
                .isEqualTo("/work/shop/src/main/java/shop/OrderController.java: cannot be read");
    }

    @Test
    void summarisesCountsBySeverity() {
        LintResult result = new LintResult(
                List.of(finding(Severity.WARNING), finding(Severity.WARNING), finding(Severity.INFO)), List.of(), 12);

        assertThat(ConsoleReport.summary(result, "target/redirect-lint.sarif")).isEqualTo(
                "redirect-lint: 3 findings (0 errors, 2 warnings, 1 info) in 12 files; "
                        + "SARIF written to target/redirect-lint.sarif");
    }

    @Test
    void usesSingularsAndMentionsFilesThatCouldNotBeAnalysed() {
        LintResult result = new LintResult(List.of(finding(Severity.ERROR)),
                List.of(new ProcessingError(FILE, 1, 1, "Parse error")), 1);

        assertThat(ConsoleReport.summary(result, null)).isEqualTo(
                "redirect-lint: 1 finding (1 error, 0 warnings, 0 info) in 1 file, 1 file could not be analysed");
    }

    @Test
    void summarisesACleanRun() {
        assertThat(ConsoleReport.summary(new LintResult(List.of(), List.of(), 0), "x.sarif"))
                .isEqualTo("redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 0 files; SARIF written to x.sarif");
    }

    @Test
    void textFromOutsideStaysOnItsLineWithoutTerminalControls() {
        String forged = "Evil.java\n::error file=x.java::forged\u001B]0;title\u0007\u202Egnp.java";
        assertThat(ConsoleReport.safe(forged))
                .isEqualTo("Evil.java\\n::error file=x.java::forged\\u001B]0;title\\u0007\\u202Egnp.java")
                .doesNotContain("\n", "\u001B", "\u0007", "\u202E");
    }

    @Test
    void everyShortLineOfTheExampleAndTheIntegrationTestProjectsFits() throws java.io.IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : List.of(Path.of("../examples"), Path.of("../maven-plugin/src/it"))) {
            try (var walk = java.nio.file.Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".java") && p.toString().contains("src/main/java"))
                        .forEach(files::add);
            }
        }
        LintResult result = new dev.redirectlint.engine.RedirectLint(dev.redirectlint.engine.LintConfig.defaults())
                .lint(dev.redirectlint.engine.ProjectSources.of(files));
        assertThat(result.findings()).hasSizeGreaterThan(30);
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.shortLine(finding, Path.of("..").toAbsolutePath());
            String afterLocation = line.substring(line.indexOf("] [") + 2);
            assertThat(afterLocation).as(line).hasSizeLessThanOrEqualTo(ConsoleReport.SHORT_LINE)
                    .startsWith("[" + finding.ruleId() + "] " + finding.handler() + " (").contains(" answers ", "; fix: ");
            assertThat(line).as("relative to where the build started").doesNotStartWith("/");
        }
    }
}
