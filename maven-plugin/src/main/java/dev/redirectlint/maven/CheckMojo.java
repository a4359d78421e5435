package dev.redirectlint.maven;

import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintExecutor;
import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.maven.exec.LintOutcome;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
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
public class CheckMojo extends AbstractMojo {

    /** Skips the check. */
    @Parameter(property = "redirect-lint.skip", defaultValue = "false")
    private boolean skip;

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

    /** Also analyses the test source roots. */
    @Parameter(property = "redirect-lint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * Ant-style patterns of the files to analyse, relative to each source root; {@code **}{@code /} also
     * matches no directory. On the command line, separate patterns with commas.
     */
    @Parameter(property = "redirect-lint.includes", defaultValue = LintRequest.DEFAULT_INCLUDE)
    private List<String> includes;

    /**
     * Ant-style patterns of files not to analyse, relative to each source root, for example
     * {@code **}{@code /generated/**}. On the command line, separate patterns with commas.
     */
    @Parameter(property = "redirect-lint.excludes")
    private List<String> excludes;

    /**
     * The rule ids to run, for example {@code non-get-302,non-get-301}; empty runs every rule. An unknown
     * id fails the build before any analysis.
     */
    @Parameter(property = "redirect-lint.rules")
    private List<String> rules;

    /** Rule ids not to run, for example {@code any-method-302}. An unknown id fails the build. */
    @Parameter(property = "redirect-lint.disabledRules")
    private List<String> disabledRules;

    /**
     * The status that messages and fixes suggest instead of 302/301: {@code 303} (See Other: the client
     * follows with a GET, right after a form submission) or {@code 307} (Temporary Redirect: the client
     * repeats the same method and body).
     */
    @Parameter(property = "redirect-lint.preferredStatus", defaultValue = "303")
    private String preferredStatus;

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

    /** The character encoding of the source files; UTF-8, with a warning, if not set. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

    /**
     * How long one file may take to parse and analyse, for example {@code 60s}, {@code 2m} or {@code 500ms}. A
     * file that takes longer is reported as not analysed (and fails the build with {@code failOnError}), so one
     * pathological file cannot hang the build.
     */
    @Parameter(property = "redirect-lint.fileTimeout", defaultValue = "60s")
    private String fileTimeout;

    /**
     * The largest source file analysed, for example {@code 4MB} or {@code 512KB}; a larger file is reported as not
     * analysed, never skipped silently. Parsing takes up to about 350 bytes of heap per byte of source.
     */
    @Parameter(property = "redirect-lint.maxFileSize", defaultValue = "4MB")
    private String maxFileSize;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
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
                .failOnSeverity(failOnSeverity)
                .failOnViolation(failOnViolation)
                .failOnError(failOnError)
                .encoding(encoding)
                .fileTimeout(fileTimeout)
                .maxFileSize(maxFileSize)
                .sarifFile(sarifFile.toPath())
                .sarifBaseDirectory(sarifBaseDirectory != null ? sarifBaseDirectory.toPath() : null)
                .projectDirectory(project.getBasedir().toPath())
                .build();

        LintOutcome outcome;
        try {
            outcome = new LintExecutor(new MavenLog(getLog())).execute(request);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("Invalid redirect-lint configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("redirect-lint cannot write the SARIF log " + sarifFile + ": " + e, e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("redirect-lint failed unexpectedly: " + e, e);
        }
        Optional<String> failure = outcome.failureMessage();
        if (failure.isPresent()) {
            throw new MojoFailureException(failure.get());
        }
    }

    /** Sends the executor's lines to Maven's log. */
    private static final class MavenLog implements LintLog {
        private final Log log;

        MavenLog(Log log) {
            this.log = log;
        }

        @Override
        public void debug(String line) {
            log.debug(line);
        }

        @Override
        public void info(String line) {
            log.info(line);
        }

        @Override
        public void warn(String line) {
            log.warn(line);
        }

        @Override
        public void error(String line) {
            log.error(line);
        }
    }
}
