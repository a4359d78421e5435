package dev.redirectlint.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's SARIF validation on a machine without Node.js: skipped with a warning that says why, so the
 * Java tests still decide the build; but under CI, where CI=true, it fails.
 */
class SarifValidationScriptTest {

    private static final Path SCRIPT = Path.of("src/test/sarif-validator/validate.sh").toAbsolutePath();

    @TempDir
    Path emptyPath;

    private record Run(int exitCode, String output) {}

    private Run runWithoutNode(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("/bin/sh", SCRIPT.toString(), "node", "npm", "merged.sarif", "it")
                .redirectErrorStream(true);
        builder.environment().put("PATH", emptyPath.toString()); // neither node nor npm can be found
        builder.environment().remove("CI");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), output);
    }

    @Test
    void withoutNodeTheValidationIsSkippedAndSaysWhy() throws Exception {
        Run run = runWithoutNode(Map.of());
        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).startsWith("[WARNING] SARIF validation SKIPPED: 'node' and 'npm' are not on the PATH.")
                .contains("install Node.js 18+");
    }

    @Test
    void underCiNodeIsRequired() throws Exception {
        Run run = runWithoutNode(Map.of("CI", "true"));
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output()).startsWith("[ERROR] SARIF validation needs Node.js 18+");
    }
}
