package dev.redirectlint.maven;

import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.maven.exec.FixExecutor;
import dev.redirectlint.maven.exec.FixRequest;
import dev.redirectlint.maven.exec.InvalidSettingException;
import dev.redirectlint.maven.exec.LintRequest;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Applies redirect-lint's suggested fixes to the sources: each finding with a mechanical fix gets its
 * preferred one (303 See Other by default, 307 with {@code preferredStatus=307}, 308 for a 301). All
 * fixes of a file are written at once, atomically, and only if the file still parses; findings without a
 * safe rewrite are logged and left alone. With {@code dryRun} nothing changes: the unified diff is logged
 * and written to {@code patchFile}, which {@code git apply} accepts.
 */
@Mojo(name = "fix", threadSafe = true, requiresDependencyResolution = ResolutionScope.COMPILE)
public class FixMojo extends AbstractSourcesMojo {

    /** Changes nothing: logs the diff and writes it to {@code patchFile}. */
    @Parameter(property = "redirect-lint.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Where a dry run writes its patch: paths relative to the top of the git work tree (the project directory
     * outside git), a/ and b/ prefixes; the log prints the command that applies it.
     */
    @Parameter(property = "redirect-lint.patchFile", defaultValue = "${project.build.directory}/redirect-lint.patch")
    private File patchFile;

    /**
     * {@code handler} (the default) fixes each handler; {@code project} fixes every {@code redirect:} view
     * name of a Spring MVC application with one setting, {@code redirectHttp10Compatible=false} on its view
     * resolvers (a new {@code SeeOtherRedirects} configuration class beside the application class, or the
     * property on the XML resolver beans), and the other findings handler by handler.
     */
    @Parameter(property = "redirect-lint.fixScope", defaultValue = "handler")
    private String fixScope;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        MavenProject project = project();
        LintRequest sources = sourcesRequest()
                .sarifFile(patchFile.toPath())
                .build();
        boolean projectScope;
        switch (fixScope == null ? "handler" : fixScope.trim()) {
            case "handler" -> projectScope = false;
            case "project" -> projectScope = true;
            default -> throw new MojoExecutionException("Invalid redirect-lint configuration: fixScope"
                    + " (redirect-lint.fixScope) must be handler or project, not '" + fixScope + "'");
        }
        List<Path> tests = project.getTestCompileSourceRoots().stream().map(Path::of).toList();
        FixRequest request = new FixRequest(sources, dryRun, patchFile.toPath(),
                libraryVersions(project, FrameworkFacts.allLibraries()), tests, projectScope);
        FixExecutor.Result result;
        try {
            result = new FixExecutor(lintLog()).execute(request);
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

    /**
     * The versions of the libraries the framework homes declare ({@code groupId:artifactId}) that the project
     * uses, each as {@link #version} finds it.
     */
    static Map<String, String> libraryVersions(MavenProject project, List<String> libraries) {
        Map<String, String> versions = new LinkedHashMap<>();
        for (String library : libraries) {
            int colon = library.indexOf(':');
            String version = version(project, library.substring(0, colon), library.substring(colon + 1));
            if (version != null) {
                versions.put(library, version);
            }
        }
        return versions;
    }

    /**
     * The resolved version of a dependency (direct or not, compile scope), else the declared one (after
     * dependency management, any scope), or null.
     */
    static String version(MavenProject project, String groupId, String artifactId) {
        for (Artifact artifact : project.getArtifacts()) {
            if (groupId.equals(artifact.getGroupId()) && artifactId.equals(artifact.getArtifactId())) {
                return artifact.getBaseVersion();
            }
        }
        for (Dependency dependency : project.getDependencies()) {
            if (groupId.equals(dependency.getGroupId()) && artifactId.equals(dependency.getArtifactId())) {
                return dependency.getVersion();
            }
        }
        return null;
    }
}
