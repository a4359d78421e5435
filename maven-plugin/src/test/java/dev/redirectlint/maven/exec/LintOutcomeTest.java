package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintOutcomeTest {

    private static final Path FILE = Path.of("/p/src/main/java/A.java");

    private static Finding finding(Severity severity) {
        return new Finding("non-get-302", severity, "m", "non-get-302", List.of(), FILE, new Region(1, 1, 1, 2, 0, 2),
                "A#a", "x",
                List.of(), List.of());
    }

    private static LintOutcome outcome(LintResult result, Severity threshold, boolean failOnViolation,
            boolean failOnError) {
        return new LintOutcome(result, threshold, failOnViolation, failOnError, Path.of("x.sarif"));
    }

    @Test
    void failsOnFindingsAtTheThresholdOrAbove() {
        LintResult result = new LintResult(
                List.of(finding(Severity.WARNING), finding(Severity.INFO), finding(Severity.ERROR)), List.of(), 1);

        assertThat(outcome(result, Severity.WARNING, true, true).failureMessage())
                .hasValueSatisfying(m -> assertThat(m).startsWith("redirect-lint found 2 finding(s) at severity warning"
                        + " or above. What next:\n  mvn redirect-lint:baseline ").doesNotContain("redirect-lint:fix"));
        assertThat(outcome(result, Severity.INFO, true, true).failureMessage())
                .hasValueSatisfying(m -> assertThat(m).startsWith("redirect-lint found 3 finding(s) at severity info"
                        + " or above."));
        assertThat(outcome(result, Severity.ERROR, true, true).violations()).isEqualTo(1);
    }

    @Test
    void passesBelowTheThresholdOrWhenViolationsDoNotFail() {
        LintResult result = new LintResult(List.of(finding(Severity.INFO)), List.of(), 1);

        assertThat(outcome(result, Severity.WARNING, true, true).failureMessage()).isEmpty();
        LintResult warnings = new LintResult(List.of(finding(Severity.WARNING)), List.of(), 1);
        assertThat(outcome(warnings, Severity.WARNING, false, true).failureMessage()).isEmpty();
    }

    @Test
    void failsOnProcessingErrorsListingTheFiles() {
        LintResult result = new LintResult(List.of(finding(Severity.WARNING)),
                List.of(new ProcessingError(Path.of("/p/src/main/java/Broken.java"), 3, 7, "Parse error")), 2);

        assertThat(outcome(result, Severity.WARNING, true, true).failureMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith("redirect-lint found 1 finding(s) at severity warning or above. What next:")
                        .contains("fail the build\n  -Dredirect-lint.verbose=true explains each finding and both ways to"
                                + " fix it\nredirect-lint could not analyse 1 file(s):\n"
                                + "  /p/src/main/java/Broken.java:[3,7] Parse error\n"));
        assertThat(outcome(result, Severity.WARNING, false, true).failureMessage()).hasValueSatisfying(message ->
                assertThat(message).startsWith("redirect-lint could not analyse 1 file(s):"));
        assertThat(outcome(result, Severity.WARNING, false, false).failureMessage()).isEmpty();
    }
}
