package dev.redirectlint.maven;

import dev.redirectlint.baseline.Baseline;
import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintExecutor;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
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
public class BaselineMojo extends AbstractMojo {

    /** Skips writing the baseline. */
    @Parameter(property = "redirect-lint.skip", defaultValue = "false")
    private boolean skip;

    /** Where the baseline is written; {@code check} reads the same default location. */
    @Parameter(property = "redirect-lint.baseline", defaultValue = "${project.basedir}/" + Baseline.DEFAULT_FILE_NAME)
    private File baseline;

    /** Also analyses the test source roots, as {@code check} does with the same setting. */
    @Parameter(property = "redirect-lint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Ant-style patterns of the files to analyse, relative to each source root. */
    @Parameter(property = "redirect-lint.includes", defaultValue = LintRequest.DEFAULT_INCLUDE)
    private List<String> includes;

    /** Ant-style patterns of files not to analyse, relative to each source root. */
    @Parameter(property = "redirect-lint.excludes")
    private List<String> excludes;

    /** The rule ids to run; empty runs every rule. */
    @Parameter(property = "redirect-lint.rules")
    private List<String> rules;

    /** Rule ids not to run. */
    @Parameter(property = "redirect-lint.disabledRules")
    private List<String> disabledRules;

    /** The status that fixes suggest first; does not change which findings are baselined. */
    @Parameter(property = "redirect-lint.preferredStatus", defaultValue = "303")
    private String preferredStatus;

    /** The character encoding of the source files; UTF-8, with a warning, if not set. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            getLog().info("redirect-lint: skipped (redirect-lint.skip is true)");
            return;
        }
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        }
        LintRequest request = LintRequest.builder()
                .sourceRoots(roots)
                .includes(includes)
                .excludes(excludes)
                .rules(rules)
                .disabledRules(disabledRules)
                .preferredStatus(preferredStatus)
                .encoding(encoding)
                .sarifFile(Path.of(project.getBuild().getDirectory(), "redirect-lint.sarif"))
                .projectDirectory(project.getBasedir().toPath())
                .baseline(baseline.toPath(), false)
                .build();
        try {
            new LintExecutor(new MavenLintLog(getLog())).writeBaseline(request);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("Invalid redirect-lint configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("redirect-lint cannot write the baseline " + baseline + ": " + e, e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("redirect-lint failed unexpectedly: " + e, e);
        }
    }
}
