package dev.redirectlint.maven;

import dev.redirectlint.maven.exec.FixExecutor;
import dev.redirectlint.maven.exec.FixRequest;
import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Applies redirect-lint's suggested fixes to the sources: each finding with a mechanical fix gets its
 * preferred one (303 See Other by default, 307 with {@code preferredStatus=307}, 308 for a 301). All
 * fixes of a file are written at once, atomically, and only if the file still parses; findings without a
 * safe rewrite are logged and left alone. With {@code dryRun} nothing changes: the unified diff is logged
 * and written to {@code patchFile}, which {@code git apply} accepts.
 */
@Mojo(name = "fix", threadSafe = true)
public class FixMojo extends AbstractMojo {

    /** Skips the goal. */
    @Parameter(property = "redirect-lint.skip", defaultValue = "false")
    private boolean skip;

    /** Changes nothing: logs the diff and writes it to {@code patchFile}. */
    @Parameter(property = "redirect-lint.dryRun", defaultValue = "false")
    private boolean dryRun;

    /** Where a dry run writes its patch (paths relative to the project directory, a/ and b/ prefixes). */
    @Parameter(property = "redirect-lint.patchFile", defaultValue = "${project.build.directory}/redirect-lint.patch")
    private File patchFile;

    /** Also fixes the test source roots. */
    @Parameter(property = "redirect-lint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /** Ant-style patterns of the files to fix, relative to each source root, as for {@code check}. */
    @Parameter(property = "redirect-lint.includes", defaultValue = LintRequest.DEFAULT_INCLUDE)
    private List<String> includes;

    /** Ant-style patterns of files not to fix, as for {@code check}. */
    @Parameter(property = "redirect-lint.excludes")
    private List<String> excludes;

    /** The rule ids whose findings are fixed; empty means every rule. */
    @Parameter(property = "redirect-lint.rules")
    private List<String> rules;

    /** Rule ids whose findings are not fixed. */
    @Parameter(property = "redirect-lint.disabledRules")
    private List<String> disabledRules;

    /** The status a 302 becomes: {@code 303} (See Other) or {@code 307} (Temporary Redirect). */
    @Parameter(property = "redirect-lint.preferredStatus", defaultValue = "303")
    private String preferredStatus;

    /** The character encoding of the source files, kept when they are rewritten; UTF-8 if not set. */
    @Parameter(property = "encoding", defaultValue = "${project.build.sourceEncoding}")
    private String encoding;

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
        LintRequest sources = LintRequest.builder()
                .sourceRoots(roots)
                .includes(includes)
                .excludes(excludes)
                .rules(rules)
                .disabledRules(disabledRules)
                .preferredStatus(preferredStatus)
                .encoding(encoding)
                .sarifFile(patchFile.toPath())
                .projectDirectory(project.getBasedir().toPath())
                .build();
        FixRequest request = new FixRequest(sources, dryRun, patchFile.toPath(), servletApiVersion(project));
        FixExecutor.Result result;
        try {
            result = new FixExecutor(new MavenLog(getLog())).execute(request);
        } catch (InvalidSettingException e) {
            throw new MojoExecutionException("Invalid redirect-lint configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("redirect-lint cannot write the patch " + patchFile + ": " + e, e);
        } catch (RuntimeException e) {
            throw new MojoExecutionException("redirect-lint failed unexpectedly: " + e, e);
        }
        if (!result.failed().isEmpty()) {
            throw new MojoFailureException("redirect-lint could not write " + result.failed().size()
                    + " file(s), which are unchanged:\n  " + String.join("\n  ", result.failed()));
        }
    }

    /** The declared jakarta.servlet-api version (after dependency management), or null. */
    static String servletApiVersion(MavenProject project) {
        for (Dependency dependency : project.getDependencies()) {
            if ("jakarta.servlet".equals(dependency.getGroupId())
                    && "jakarta.servlet-api".equals(dependency.getArtifactId())) {
                return dependency.getVersion();
            }
        }
        return null;
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
