package dev.redirectlint.maven.exec;

import dev.redirectlint.engine.ForkedRun;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Everything one run of redirect-lint needs, with no Maven types, so that it can be built and tested
 * without Maven. Values that need checking (rule ids, severity, status, encoding) are kept as the text the
 * user wrote; {@link LintExecutor} validates them all before analysing anything.
 */
public final class LintRequest {

    /** The default {@code includes} pattern. */
    public static final String DEFAULT_INCLUDE = "**/*.java";

    /** The report files {@code formats} accepts. */
    public static final List<String> FORMATS = List.of("sarif", "checkstyle");

    /** The console styles {@code outputFormat} accepts; empty means plain, or github under GitHub Actions. */
    public static final List<String> OUTPUT_FORMATS = List.of("plain", "github");

    private final List<Path> sourceRoots;
    private final List<String> includes;
    private final List<String> excludes;
    private final List<String> rules;
    private final List<String> disabledRules;
    private final String preferredStatus;
    private final String failOnSeverity;
    private final boolean failOnViolation;
    private final boolean failOnError;
    private final String encoding;
    private final String fileTimeout;
    private final String maxFileSize;
    private final Path sarifFile;
    private final Path sarifBaseDirectory;
    private final Path projectDirectory;
    private final Path consoleDirectory;
    private final String goalPrefix;
    private final boolean verbose;
    private final List<String> formats;
    private final Path checkstyleFile;
    private final String outputFormat;
    private final boolean githubActions;
    private final Path annotationDirectory;
    private final String module;
    private final ModuleRuns moduleRuns;
    private final Path baselineFile;
    private final boolean baselineRequired;
    private final String changedSince;
    private final String helpBaseUri;
    private final List<Path> contextRoots;
    private final List<Path> resourceRoots;
    private final Path cacheFile;
    private final ForkedRun.Options fork;

    private LintRequest(Builder builder) {
        this.sourceRoots = List.copyOf(builder.sourceRoots);
        this.contextRoots = List.copyOf(builder.contextRoots);
        this.resourceRoots = List.copyOf(builder.resourceRoots);
        this.cacheFile = builder.cacheFile;
        this.fork = builder.fork;
        this.includes = builder.includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : List.copyOf(builder.includes);
        this.excludes = List.copyOf(builder.excludes);
        this.rules = List.copyOf(builder.rules);
        this.disabledRules = List.copyOf(builder.disabledRules);
        this.preferredStatus = builder.preferredStatus;
        this.failOnSeverity = builder.failOnSeverity;
        this.failOnViolation = builder.failOnViolation;
        this.failOnError = builder.failOnError;
        this.encoding = builder.encoding;
        this.fileTimeout = builder.fileTimeout;
        this.maxFileSize = builder.maxFileSize;
        this.sarifFile = Objects.requireNonNull(builder.sarifFile, "sarifFile");
        this.projectDirectory = Objects.requireNonNull(builder.projectDirectory, "projectDirectory");
        this.consoleDirectory = builder.consoleDirectory != null ? builder.consoleDirectory : projectDirectory;
        this.verbose = builder.verbose;
        this.goalPrefix = builder.goalPrefix != null ? builder.goalPrefix : "redirect-lint";
        this.sarifBaseDirectory = builder.sarifBaseDirectory != null ? builder.sarifBaseDirectory : projectDirectory;
        this.formats = builder.formats.isEmpty() ? List.of("sarif") : List.copyOf(builder.formats);
        this.checkstyleFile = builder.checkstyleFile != null ? builder.checkstyleFile
                : sarifFile.resolveSibling("redirect-lint-checkstyle.xml");
        this.outputFormat = builder.outputFormat;
        this.githubActions = builder.githubActions;
        this.annotationDirectory = builder.annotationDirectory != null ? builder.annotationDirectory
                : sarifBaseDirectory;
        this.module = builder.module == null || builder.module.isBlank() ? null : builder.module;
        this.moduleRuns = builder.moduleRuns;
        this.baselineFile = builder.baselineFile;
        this.baselineRequired = builder.baselineRequired;
        this.changedSince = builder.changedSince == null || builder.changedSince.isBlank() ? null
                : builder.changedSince.strip();
        this.helpBaseUri = builder.helpBaseUri;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Directories searched for sources; those that do not exist are skipped. */
    public List<Path> sourceRoots() {
        return sourceRoots;
    }

    /**
     * Source roots of the modules the project depends on: their types, helpers and base classes count, their
     * own handlers are not reported (their module reports them).
     */
    public List<Path> contextRoots() {
        return contextRoots;
    }

    /** Directories whose XML files may configure the application (Spring bean definitions). */
    public List<Path> resourceRoots() {
        return resourceRoots;
    }

    /** Where facts and results are kept between runs; {@code null} for no cache. */
    public Path cacheFile() {
        return cacheFile;
    }

    /** How to start the JVM the analysis runs in; {@code null} to run it in this one. */
    public ForkedRun.Options fork() {
        return fork;
    }

    /** Ant-style patterns relative to a source root; never empty. */
    public List<String> includes() {
        return includes;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** Rule ids to run; empty means all. */
    public List<String> rules() {
        return rules;
    }

    public List<String> disabledRules() {
        return disabledRules;
    }

    /** "303" or "307", unvalidated; {@code null} means 303. */
    public String preferredStatus() {
        return preferredStatus;
    }

    /** "error", "warning" or "info", unvalidated; {@code null} means warning. */
    public String failOnSeverity() {
        return failOnSeverity;
    }

    public boolean failOnViolation() {
        return failOnViolation;
    }

    public boolean failOnError() {
        return failOnError;
    }

    /** A charset name, unvalidated; {@code null} or blank means UTF-8, with a warning. */
    public String encoding() {
        return encoding;
    }

    /** The time limit per file, unvalidated ({@code 60s}, {@code 2m}, {@code 500ms}); {@code null} means the default. */
    public String fileTimeout() {
        return fileTimeout;
    }

    /** The largest file analysed, unvalidated ({@code 4MB}, {@code 512KB}, bytes); {@code null} means the default. */
    public String maxFileSize() {
        return maxFileSize;
    }

    public Path sarifFile() {
        return sarifFile;
    }

    /** The directory SARIF artifact URIs are relative to. */
    public Path sarifBaseDirectory() {
        return sarifBaseDirectory;
    }

    /** Where the build was started: finding lines show paths relative to it, as a terminal can open them. */
    public Path consoleDirectory() {
        return consoleDirectory;
    }

    /**
     * How the user can name this plugin's goals on the command line, for the next steps the log suggests:
     * {@code redirect-lint} where the prefix resolves, else the plugin's full coordinates.
     */
    public String goalPrefix() {
        return goalPrefix;
    }

    /** True to print each finding's whole message, both alternatives explained, instead of one short line. */
    public boolean verbose() {
        return verbose;
    }

    /** The project's base directory; paths under it are shown relative to it in the summary. */
    public Path projectDirectory() {
        return projectDirectory;
    }

    /** Report files to write, lower-case, unvalidated: {@code sarif} (the default) and {@code checkstyle}. */
    public List<String> formats() {
        return formats;
    }

    /** Where the Checkstyle XML report goes; by default beside the SARIF log. */
    public Path checkstyleFile() {
        return checkstyleFile;
    }

    /** "plain" or "github", unvalidated; {@code null} or blank means github under GitHub Actions, else plain. */
    public String outputFormat() {
        return outputFormat;
    }

    /** True when running under GitHub Actions ({@code GITHUB_ACTIONS=true}). */
    public boolean githubActions() {
        return githubActions;
    }

    /** The directory annotation paths are relative to: {@code GITHUB_WORKSPACE}, else the SARIF base. */
    public Path annotationDirectory() {
        return annotationDirectory;
    }

    /**
     * The module's name in a build of many modules, which its summary lines carry (under {@code -T} they
     * interleave with other modules' output), or {@code null} in a build of one project.
     */
    public String module() {
        return module;
    }

    /**
     * Where the run hands its summary and annotations for one account at the end of the build, or {@code null}
     * to print its annotations itself, at once.
     */
    public ModuleRuns moduleRuns() {
        return moduleRuns;
    }

    /** {@code redirect-lint: }, or {@code redirect-lint (module-a): } in a build of many modules. */
    public String logPrefix() {
        return module == null ? "redirect-lint: " : "redirect-lint (" + module + "): ";
    }

    /** The baseline file, or {@code null} for none. */
    public Path baselineFile() {
        return baselineFile;
    }

    /** True if the baseline was asked for explicitly, so a missing file is an error rather than no baseline. */
    public boolean baselineRequired() {
        return baselineRequired;
    }

    /** The git reference whose changes alone are checked, or {@code null} to check all code. */
    public String changedSince() {
        return changedSince;
    }

    /** The page the SARIF rules' helpUri point into, or {@code null} for the project's README. */
    public String helpBaseUri() {
        return helpBaseUri;
    }

    /** Collects a request; list setters split comma-separated entries and drop blank ones. */
    public static final class Builder {
        private final List<Path> contextRoots = new ArrayList<>();
        private final List<Path> resourceRoots = new ArrayList<>();
        private Path cacheFile;
        private ForkedRun.Options fork;
        private final List<Path> sourceRoots = new ArrayList<>();
        private final List<String> includes = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();
        private final List<String> rules = new ArrayList<>();
        private final List<String> disabledRules = new ArrayList<>();
        private String preferredStatus;
        private String failOnSeverity;
        private boolean failOnViolation = true;
        private boolean failOnError = true;
        private String encoding;
        private String fileTimeout;
        private String maxFileSize;
        private Path sarifFile;
        private Path sarifBaseDirectory;
        private Path projectDirectory;
        private Path consoleDirectory;
        private String goalPrefix;
        private boolean verbose;
        private final List<String> formats = new ArrayList<>();
        private Path checkstyleFile;
        private String outputFormat;
        private boolean githubActions;
        private Path annotationDirectory;
        private String module;
        private ModuleRuns moduleRuns;
        private Path baselineFile;
        private boolean baselineRequired;
        private String changedSince;
        private String helpBaseUri;

        private Builder() {}

        public Builder contextRoots(Collection<Path> roots) {
            contextRoots.clear();
            contextRoots.addAll(roots);
            return this;
        }

        public Builder resourceRoots(Collection<Path> roots) {
            resourceRoots.clear();
            resourceRoots.addAll(roots);
            return this;
        }

        /** {@code null} turns the cache off. */
        public Builder cacheFile(Path file) {
            this.cacheFile = file;
            return this;
        }

        /** Runs the analysis in a JVM started so; {@code null} (the default) runs it in this one. */
        public Builder fork(ForkedRun.Options options) {
            this.fork = options;
            return this;
        }

        public Builder sourceRoots(Collection<Path> roots) {
            sourceRoots.addAll(roots);
            return this;
        }

        public Builder includes(Collection<String> patterns) {
            includes.addAll(split(patterns));
            return this;
        }

        public Builder excludes(Collection<String> patterns) {
            excludes.addAll(split(patterns));
            return this;
        }

        public Builder rules(Collection<String> ruleIds) {
            rules.addAll(split(ruleIds));
            return this;
        }

        public Builder disabledRules(Collection<String> ruleIds) {
            disabledRules.addAll(split(ruleIds));
            return this;
        }

        public Builder preferredStatus(String status) {
            this.preferredStatus = status;
            return this;
        }

        public Builder failOnSeverity(String severity) {
            this.failOnSeverity = severity;
            return this;
        }

        public Builder failOnViolation(boolean fail) {
            this.failOnViolation = fail;
            return this;
        }

        public Builder failOnError(boolean fail) {
            this.failOnError = fail;
            return this;
        }

        public Builder fileTimeout(String timeout) {
            this.fileTimeout = timeout;
            return this;
        }

        public Builder maxFileSize(String size) {
            this.maxFileSize = size;
            return this;
        }

        public Builder encoding(String charsetName) {
            this.encoding = charsetName;
            return this;
        }

        public Builder sarifFile(Path file) {
            this.sarifFile = file;
            return this;
        }

        public Builder sarifBaseDirectory(Path directory) {
            this.sarifBaseDirectory = directory;
            return this;
        }

        public Builder projectDirectory(Path directory) {
            this.projectDirectory = directory;
            return this;
        }

        /** Where the build was started; the project directory if not set. */
        public Builder consoleDirectory(Path directory) {
            this.consoleDirectory = directory;
            return this;
        }

        public Builder goalPrefix(String prefix) {
            this.goalPrefix = prefix;
            return this;
        }

        public Builder verbose(boolean whole) {
            this.verbose = whole;
            return this;
        }

        /** Report files: {@code sarif}, {@code checkstyle}; lower-cased. */
        public Builder formats(Collection<String> names) {
            split(names).forEach(name -> formats.add(name.toLowerCase(java.util.Locale.ROOT)));
            return this;
        }

        public Builder checkstyleFile(Path file) {
            this.checkstyleFile = file;
            return this;
        }

        public Builder outputFormat(String format) {
            this.outputFormat = format;
            return this;
        }

        public Builder githubActions(boolean underGithubActions) {
            this.githubActions = underGithubActions;
            return this;
        }

        public Builder annotationDirectory(Path directory) {
            this.annotationDirectory = directory;
            return this;
        }

        public Builder module(String module) {
            this.module = module;
            return this;
        }

        public Builder moduleRuns(ModuleRuns moduleRuns) {
            this.moduleRuns = moduleRuns;
            return this;
        }

        /**
         * @param file the baseline, or {@code null} for none
         * @param required true if a missing file is an error (it was configured), false if it is only used
         *     when it exists (the default location)
         */
        public Builder baseline(Path file, boolean required) {
            this.baselineFile = file;
            this.baselineRequired = required;
            return this;
        }

        public Builder changedSince(String reference) {
            this.changedSince = reference;
            return this;
        }

        public Builder helpBaseUri(String uri) {
            this.helpBaseUri = uri;
            return this;
        }

        public LintRequest build() {
            return new LintRequest(this);
        }

        private static List<String> split(Collection<String> values) {
            List<String> result = new ArrayList<>();
            if (values != null) {
                for (String value : values) {
                    if (value == null) {
                        continue;
                    }
                    for (String part : value.split(",")) {
                        if (!part.isBlank()) {
                            result.add(part.trim());
                        }
                    }
                }
            }
            return result;
        }
    }
}
