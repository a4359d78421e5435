package dev.redirectlint.maven;

import dev.redirectlint.engine.ForkedRun;
import dev.redirectlint.maven.exec.LintLog;
import dev.redirectlint.maven.exec.LintRequest;
import dev.redirectlint.maven.exec.ModuleRun;
import dev.redirectlint.maven.exec.ModuleRuns;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every redirect-lint goal shares: which sources it reads, which rules run, how fixes are chosen,
 * and the per-file limits. Subclasses add their own parameters and do their own work.
 */
abstract class AbstractSourcesMojo extends AbstractMojo {

    /** The forked JVM's default options; {@link ForkedRun#DEFAULT_JVM_ARGS}, as annotations need a constant. */
    static final String FORK_JVM_ARGS = "-XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmn128m -XX:MaxTenuringThreshold=0";

    /** Skips the goal. */
    @Parameter(property = "redirect-lint.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Prints each finding's whole message, with both alternatives explained, instead of one short line (the
     * SARIF log and the rule documentation always have it).
     */
    @Parameter(property = "redirect-lint.verbose", defaultValue = "false")
    private boolean verbose;

    /** Also reads the test source roots. */
    @Parameter(property = "redirect-lint.includeTests", defaultValue = "false")
    private boolean includeTests;

    /**
     * Ant-style patterns of the files to read, relative to each source root; {@code **}{@code /} also
     * matches no directory. On the command line, separate patterns with commas.
     */
    @Parameter(property = "redirect-lint.includes", defaultValue = LintRequest.DEFAULT_INCLUDE)
    private List<String> includes;

    /**
     * Ant-style patterns of files not to read, relative to each source root, for example
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

    /**
     * Where facts and results are kept between runs, so that a run with nothing changed reads no file and a run
     * after an edit analyses only what the edit affects. Safe to share between builds (CI caches) and with
     * {@code -T}: each module has its own. A file that is not a valid cache is ignored with a warning.
     */
    @Parameter(property = "redirect-lint.cacheFile", defaultValue = "${project.build.directory}/redirect-lint-cache.bin")
    private File cacheFile;

    /** Keeps no cache: every run reads and analyses from nothing. */
    @Parameter(property = "redirect-lint.noCache", defaultValue = "false")
    private boolean noCache;

    /**
     * Runs the analysis in a JVM of its own, started with {@link #forkJvmArgs}, as SpotBugs does: in a short
     * run most of the CPU goes to the JIT, and a JVM that compiles with C1 alone does the work in about half
     * the time of Maven's. {@code false} runs it in Maven's JVM.
     */
    @Parameter(property = "redirect-lint.fork", defaultValue = "true")
    private boolean fork;

    /**
     * The options of the forked JVM, separated by spaces. The default compiles with C1 alone and collects
     * garbage on the worker threads' pauses; add {@code -Xmx...} for a tree whose facts outgrow the default heap.
     */
    @Parameter(property = "redirect-lint.forkJvmArgs", defaultValue = FORK_JVM_ARGS)
    private String forkJvmArgs;

    /**
     * Keeps a class-data-sharing archive of the forked JVM's classes ({@code redirect-lint-classes-*.jsa}, about
     * 9 MB) in {@link #forkClassDataDirectory}: the first fork writes it, later forks map it instead of loading and
     * verifying some 2,200 classes of the engine and JavaParser again. {@code false} keeps none.
     */
    @Parameter(property = "redirect-lint.forkClassDataSharing", defaultValue = "true")
    private boolean forkClassDataSharing;

    /**
     * Where the class-data-sharing archive is kept. By default beside the plugin in the local repository, which
     * outlives {@code mvn clean} and is what a CI cache keeps: a clean build's fork then maps the archive instead
     * of writing it again at its exit (0.3 s). Its name is a digest of the JVM and the plugin's jars, so builds
     * of other versions or JDKs do not share one. A directory that cannot be written to means no archive.
     */
    @Parameter(property = "redirect-lint.forkClassDataDirectory",
            defaultValue = "${settings.localRepository}/dev/redirectlint/redirect-lint-maven-plugin/${plugin.version}")
    private File forkClassDataDirectory;

    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    @Parameter(defaultValue = "${plugin}", readonly = true)
    private PluginDescriptor pluginDescriptor;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution mojoExecution;

    /** True (after logging it) if the goal is to do nothing. */
    protected boolean skipped() {
        if (skip) {
            getLog().info("redirect-lint: skipped (redirect-lint.skip is true)");
            if (moduleName() != null) {
                moduleRuns().add(ModuleRun.skipped(mojoExecution.getGoal(), moduleName(), "skipped (redirect-lint.skip)"));
            }
        }
        return skip;
    }

    /**
     * The module's name when it shares the build, or the baseline, with other modules: the build has more
     * than one project, or started above this one ({@code -pl}); {@code null} for a build of one project.
     */
    protected String moduleName() {
        boolean many = session.getProjects() != null && session.getProjects().size() > 1;
        String root = session.getExecutionRootDirectory();
        boolean below = root != null && !Path.of(root).toAbsolutePath().normalize()
                .equals(project.getBasedir().toPath().toAbsolutePath().normalize());
        return many || below ? project.getArtifactId() : null;
    }

    /** The build's account, which prints the summary across modules and the annotations at its end. */
    protected ModuleRuns moduleRuns() {
        return ReactorReport.of(session, lintLog());
    }

    /** Where Maven was started (or {@code -f} pointed): console paths are relative to it, the baseline is there. */
    protected Path executionRoot() {
        String root = session.getExecutionRootDirectory();
        return root != null ? Path.of(root) : project.getBasedir().toPath();
    }

    protected MavenProject project() {
        return project;
    }

    protected MavenSession session() {
        return session;
    }

    /**
     * The source roots of the reactor projects this one depends on, directly or not: the sources its code may
     * call or extend. Only projects of the same build count; a dependency from a repository has no sources here.
     */
    private List<Path> contextRoots() {
        List<Path> roots = new ArrayList<>();
        if (session == null || session.getProjectDependencyGraph() == null) {
            return roots;
        }
        for (MavenProject upstream : session.getProjectDependencyGraph().getUpstreamProjects(project, true)) {
            upstream.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        }
        return roots;
    }

    /** Resource directories and {@code src/main/webapp}, of this project and those it depends on: Spring XML lives there. */
    private List<Path> resourceRoots() {
        List<MavenProject> projects = new ArrayList<>();
        projects.add(project);
        if (session != null && session.getProjectDependencyGraph() != null) {
            projects.addAll(session.getProjectDependencyGraph().getUpstreamProjects(project, true));
        }
        List<Path> roots = new ArrayList<>();
        for (MavenProject each : projects) {
            each.getResources().forEach(resource -> roots.add(Path.of(resource.getDirectory())));
            roots.add(each.getBasedir().toPath().resolve("src/main/webapp"));
        }
        return roots;
    }

    /** A request with the shared settings filled in; the goal adds its own. */
    protected LintRequest.Builder sourcesRequest() {
        List<Path> roots = new ArrayList<>();
        project.getCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        if (includeTests) {
            project.getTestCompileSourceRoots().forEach(root -> roots.add(Path.of(root)));
        }
        return LintRequest.builder()
                .sourceRoots(roots)
                .contextRoots(contextRoots())
                .resourceRoots(resourceRoots())
                .cacheFile(noCache || cacheFile == null ? null : cacheFile.toPath())
                .fork(fork ? forkOptions() : null)
                .includes(includes)
                .excludes(excludes)
                .rules(rules)
                .disabledRules(disabledRules)
                .preferredStatus(preferredStatus)
                .encoding(encoding)
                .fileTimeout(fileTimeout)
                .maxFileSize(maxFileSize)
                .projectDirectory(project.getBasedir().toPath())
                .consoleDirectory(executionRoot())
                .module(moduleName())
                .moduleRuns(moduleRuns())
                .verbose(verbose)
                .goalPrefix(goalPrefix());
    }

    /**
     * {@code redirect-lint} where that prefix resolves (the project declares the plugin, or the settings list
     * its group), else the full coordinates: a suggested command must work as it is printed.
     */
    private String goalPrefix() {
        if (pluginDescriptor == null) {
            return "redirect-lint";
        }
        String group = pluginDescriptor.getGroupId();
        String artifact = pluginDescriptor.getArtifactId();
        boolean declared = project.getBuildPlugins().stream()
                .anyMatch(p -> group.equals(p.getGroupId()) && artifact.equals(p.getArtifactId()));
        boolean grouped = session.getSettings() != null && session.getSettings().getPluginGroups().contains(group);
        return declared || grouped ? pluginDescriptor.getGoalPrefix()
                : group + ":" + artifact + ":" + pluginDescriptor.getVersion();
    }

    /** The plugin's own class path, for the forked JVM. */
    private ForkedRun.Options forkOptions() {
        List<Path> classpath = new ArrayList<>();
        for (Artifact artifact : pluginArtifacts) {
            if (artifact.getFile() != null) {
                classpath.add(artifact.getFile().toPath());
            }
        }
        List<String> options = forkJvmArgs == null || forkJvmArgs.isBlank() ? List.of()
                : List.of(forkJvmArgs.strip().split("\\s+"));
        return new ForkedRun.Options(ForkedRun.Options.currentJava(), options, classpath,
                forkClassDataSharing && forkClassDataDirectory != null ? Optional.of(forkClassDataDirectory.toPath())
                        : Optional.empty());
    }

    /** The executors' log lines, sent to Maven's log. */
    protected LintLog lintLog() {
        return new MavenLintLog(getLog());
    }
}
