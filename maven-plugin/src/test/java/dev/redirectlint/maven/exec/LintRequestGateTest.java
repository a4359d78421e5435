package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defaults of the pull-request settings of a request. */
class LintRequestGateTest {

    private static final Path PROJECT = Path.of("/work/shop").toAbsolutePath();

    private static LintRequest.Builder request() {
        return LintRequest.builder().sarifFile(PROJECT.resolve("target/redirect-lint.sarif")).projectDirectory(PROJECT);
    }

    @Test
    void writesSarifOnlyAndPlainOutputByDefault() {
        LintRequest request = request().build();

        assertThat(request.formats()).containsExactly("sarif");
        assertThat(request.checkstyleFile()).isEqualTo(PROJECT.resolve("target/redirect-lint-checkstyle.xml"));
        assertThat(request.outputFormat()).isNull();
        assertThat(request.githubActions()).isFalse();
        assertThat(request.annotationDirectory()).isEqualTo(PROJECT);
        assertThat(request.module()).isNull();
        assertThat(request.moduleRuns()).isNull();
        assertThat(request.logPrefix()).isEqualTo("redirect-lint: ");
        assertThat(request.baselineFile()).isNull();
        assertThat(request.changedSince()).isNull();
        assertThat(request.helpBaseUri()).isNull();
    }

    @Test
    void splitsAndLowerCasesFormats() {
        assertThat(request().formats(List.of("SARIF, checkstyle", " ")).build().formats())
                .containsExactly("sarif", "checkstyle");
    }

    @Test
    void treatsABlankReferenceAsNoReference() {
        assertThat(request().changedSince("  ").build().changedSince()).isNull();
        assertThat(request().changedSince(" origin/main ").build().changedSince()).isEqualTo("origin/main");
    }

    @Test
    void annotatesRelativeToTheSarifBaseUnlessAWorkspaceIsGiven() {
        Path top = PROJECT.getParent();

        assertThat(request().sarifBaseDirectory(top).build().annotationDirectory()).isEqualTo(top);
        assertThat(request().sarifBaseDirectory(top).annotationDirectory(Path.of("/ws")).build().annotationDirectory())
                .isEqualTo(Path.of("/ws"));
    }

    @Test
    void keepsWhetherTheBaselineWasAskedFor() {
        LintRequest implicit = request().baseline(PROJECT.resolve("redirect-lint-baseline.json"), false).build();
        LintRequest explicit = request().baseline(PROJECT.resolve("b.json"), true).build();

        assertThat(implicit.baselineRequired()).isFalse();
        assertThat(explicit.baselineRequired()).isTrue();
        assertThat(explicit.baselineFile()).isEqualTo(PROJECT.resolve("b.json"));
    }
}
