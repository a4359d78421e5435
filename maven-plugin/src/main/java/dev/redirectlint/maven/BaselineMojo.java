package dev.redirectlint.maven;

import dev.redirectlint.baseline.Baseline;
import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintExecutor;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Writes a baseline of the project's current findings, {@code redirect-lint-baseline.json}, so that a
 * codebase can adopt redirect-lint without fixing everything first: {@code check} then reports the findings
 * it lists as baselined, fails only on new ones, and lists entries that no longer match. Findings are
 * identified by rule, file, handler signature and redirect expression, not by line, so editing other lines
 * keeps them known. Run it again to shrink the file after fixing findings; commit the file.
 *
 * <p>Uses the same source selection and rule settings as {@code check}; never fails on findings.
 */
@Mojo(name = "baseline", threadSafe = true)
public class BaselineMojo extends AbstractSourcesMojo {

    /**
     * Where the baseline is written; by default in the directory where the build started, so a reactor has one
     * file (each module replaces only the entries of its own sources), which {@code check} finds from every
     * module.
     */
    @Parameter(property = "redirect-lint.baseline",
            defaultValue = "${session.executionRootDirectory}/" + Baseline.DEFAULT_FILE_NAME)
    private File baseline;

    @Override
    public void execute() throws MojoExecutionException {
        if (skipped()) {
            return;
        }
        MavenProject project = project();
        LintRequest request = sourcesRequest()
                .sarifFile(Path.of(project.getBuild().getDirectory(), "redirect-lint.sarif"))
                .baseline(baseline.toPath(), false)
                .build();
        try {
            new LintExecutor(lintLog()).writeBaseline(request);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("Invalid redirect-lint configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("redirect-lint cannot write the baseline " + baseline + ": " + e, e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("redirect-lint failed unexpectedly: " + e, e);
        }
    }
}
