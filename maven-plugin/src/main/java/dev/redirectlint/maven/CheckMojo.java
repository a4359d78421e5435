package dev.redirectlint.maven;

import dev.redirectlint.baseline.Baseline;
import dev.redirectlint.engine.ForkedRun;
import dev.redirectlint.maven.exec.ChangedCodeException;
import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintExecutor;
import dev.redirectlint.maven.exec.LintOutcome;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Finds HTTP handlers that accept POST, PUT, PATCH or DELETE but answer with a 302 Found or 301 Moved
 * Permanently redirect, which clients may follow with a GET, and fails the build if there are any.
 *
 * <p>Only reads the Java sources of the project's compile source roots (and test roots with
 * {@code includeTests}); it needs neither compiled classes nor dependencies. Each finding is logged as
 * {@code path:[line,col] [rule-id] message}, at the level of its severity, and all findings are written
 * to a SARIF 2.1.0 log.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractSourcesMojo {

    /**
     * Fails the build if there are findings at {@code failOnSeverity} or above. When false, findings are
     * only logged and written to the SARIF log.
     */
    @Parameter(property = "redirect-lint.failOnViolation", defaultValue = "true")
    private boolean failOnViolation;

    /**
     * The least severity that fails the build: {@code error}, {@code warning} or {@code info}. Rules
     * {@code non-get-302}, {@code non-get-301} and {@code redirect-without-location} report warnings by
     * default, {@code any-method-302} reports info.
     */
    @Parameter(property = "redirect-lint.failOnSeverity", defaultValue = "warning")
    private String failOnSeverity;

    /**
     * Fails the build if a source file cannot be read, decoded or parsed; the message lists those files.
     * When false, they are logged as errors and the build goes on.
     */
    @Parameter(property = "redirect-lint.failOnError", defaultValue = "true")
    private boolean failOnError;

    /** Where the SARIF 2.1.0 log is written; it is replaced on every run. */
    @Parameter(property = "redirect-lint.sarifFile", defaultValue = "${project.build.directory}/redirect-lint.sarif")
    private File sarifFile;

    /**
     * The directory that file locations in the SARIF log are relative to (its {@code %SRCROOT%}). The
     * default, the directory of the top-level project of the build, gives repository-relative paths for
     * code-scanning services when Maven runs from the repository root.
     */
    @Parameter(property = "redirect-lint.sarifBaseDirectory", defaultValue = "${session.topLevelProject.basedir}")
    private File sarifBaseDirectory;


    /**
     * The report files to write, comma-separated: {@code sarif} (SARIF 2.1.0, to {@code sarifFile}) and
     * {@code checkstyle} (Checkstyle's XML result format, to {@code checkstyleFile}, for Jenkins Warnings NG,
     * reviewdog and others).
     */
    @Parameter(property = "redirect-lint.formats", defaultValue = "sarif")
    private List<String> formats;

    /** Where the Checkstyle XML report is written with {@code formats} {@code checkstyle}. */
    @Parameter(property = "redirect-lint.checkstyleFile",
            defaultValue = "${project.build.directory}/redirect-lint-checkstyle.xml")
    private File checkstyleFile;

    /**
     * How findings are shown on the console besides the log lines: {@code github} also prints GitHub Actions
     * workflow commands, so findings appear as annotations on the pull request; {@code plain} does not.
     * Unset, it is {@code github} when {@code GITHUB_ACTIONS} is {@code true} and {@code plain} elsewhere.
     */
    @Parameter(property = "redirect-lint.outputFormat")
    private String outputFormat;

    /**
     * A baseline of known findings ({@code mvn redirect-lint:baseline} writes it): findings it lists are
     * reported as baselined and do not fail the build; new ones do, and entries that match nothing any more
     * are listed. Unset, {@code redirect-lint-baseline.json} is used if it exists in the project directory or
     * the nearest parent directory of the Maven project tree (a reactor shares one, at its root).
     */
    @Parameter(property = "redirect-lint.baseline")
    private File baseline;

    /**
     * A git reference, such as {@code origin/main}: report and fail only on findings in lines or handlers
     * changed since its merge base with {@code HEAD} (working tree and untracked files included). Fails with
     * a message saying what to fetch if the reference is not in the clone.
     */
    @Parameter(property = "redirect-lint.changedSince")
    private String changedSince;

    /**
     * The page that documents the rules: each rule's SARIF {@code helpUri} is this URL with {@code #rule-id}.
     * Unset, it is redirect-lint's README.
     */
    @Parameter(property = "redirect-lint.rulesHelpUrl")
    private String rulesHelpUrl;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        MavenProject project = project();
        LintRequest request = sourcesRequest()
                .failOnSeverity(failOnSeverity)
                .failOnViolation(failOnViolation)
                .failOnError(failOnError)
                .sarifFile(sarifFile.toPath())
                .sarifBaseDirectory(sarifBaseDirectory != null ? sarifBaseDirectory.toPath() : null)
                .formats(formats)
                .checkstyleFile(checkstyleFile != null ? checkstyleFile.toPath() : null)
                .outputFormat(outputFormat)
                .githubActions("true".equalsIgnoreCase(System.getenv("GITHUB_ACTIONS")))
                .annotationDirectory(githubWorkspace().orElse(null))
                .baseline(baseline != null ? baseline.toPath() : nearestBaseline(), baseline != null)
                .changedSince(changedSince)
                .helpBaseUri(rulesHelpUrl)
                .build();

        LintOutcome outcome;
        try {
            outcome = new LintExecutor(lintLog()).execute(request);
        } catch (ChangedCodeException e) {
            throw new MojoExecutionException("redirect-lint cannot check only changed code: " + e.getMessage(), e);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("Invalid redirect-lint configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("redirect-lint cannot write its reports: " + e, e);
        } catch (ForkedRun.ForkException e) {
            throw new MojoExecutionException("redirect-lint: " + e.getMessage()
                    + "\n(set redirect-lint.fork=false to run the analysis in Maven's own JVM)", e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("redirect-lint failed unexpectedly: " + e, e);
        }
        Optional<String> failure = outcome.failureMessage();
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /**
     * The baseline in the project's directory or the nearest directory above it that is part of the Maven
     * project tree (holds a {@code pom.xml}) or where the build started: a reactor shares one baseline at its
     * root. Where there is none, the one the baseline goal would write, which need not exist.
     */
    private Path nearestBaseline() {
        Path root = executionRoot().toAbsolutePath().normalize();
        for (Path dir = project().getBasedir().toPath().toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(Baseline.DEFAULT_FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            if (dir.equals(root) || !Files.isRegularFile(dir.resolve("pom.xml"))) {
                break;
            }
        }
        return root.resolve(Baseline.DEFAULT_FILE_NAME);
    }

    /** {@code GITHUB_WORKSPACE}, the checkout GitHub resolves annotation paths against, if set. */
    private static Optional<Path> githubWorkspace() {
        String workspace = System.getenv("GITHUB_WORKSPACE");
        return workspace == null || workspace.isBlank() ? Optional.empty() : Optional.of(Path.of(workspace));
    }
}
