package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Severity;
import dev.redirectlint.baseline.Baseline;
import dev.redirectlint.engine.FileStamp;
import dev.redirectlint.engine.ForkedRun;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.engine.Rules;
import dev.redirectlint.fix.ProjectFix;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.report.CheckstyleXmlReport;
import dev.redirectlint.report.ConsoleReport;
import dev.redirectlint.report.GithubAnnotations;
import dev.redirectlint.report.SarifReport;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs redirect-lint for a {@link LintRequest}: validates every setting, finds the sources, analyses
 * them, logs one line per finding and per unreadable file, writes the SARIF log and logs a summary.
 * Applying the failure policy is left to the caller, through {@link LintOutcome#failureMessage()}.
 */
public final class LintExecutor {

    private final LintLog log;
    private final Consumer<String> stdout;

    public LintExecutor(LintLog log) {
        this(log, System.out::println);
    }

    /**
     * @param stdout where GitHub workflow commands go: they must start a line of the step's output, so they
     *     cannot go through a logger that prefixes {@code [WARNING]}
     */
    public LintExecutor(LintLog log, Consumer<String> stdout) {
        this.log = log;
        this.stdout = stdout;
    }

    /**
     * Validates the request's settings without analysing anything.
     *
     * @throws InvalidSettingException naming the setting and the accepted values
     */
    public Settings validate(LintRequest request) throws InvalidSettingException {
        Severity threshold = parseSeverity(request.failOnSeverity());
        int status = parseStatus(request.preferredStatus());
        Charset charset = parseEncoding(request.encoding());
        checkPatterns(request.includes(), "includes");
        checkPatterns(request.excludes(), "excludes");
        checkRuleIds(request.rules(), "rules");
        checkRuleIds(request.disabledRules(), "disabledRules");
        try {
            LintConfig.Builder builder = LintConfig.builder();
            if (request.fileTimeout() != null && !request.fileTimeout().isBlank()) {
                builder.fileTimeout(parseDuration(request.fileTimeout()));
            }
            if (request.maxFileSize() != null && !request.maxFileSize().isBlank()) {
                builder.maxFileSize(parseSize(request.maxFileSize()));
            }
            LintConfig config = builder
                    .rules(request.rules())
                    .disabledRules(request.disabledRules())
                    .preferredStatus(status)
                    .encoding(charset)
                    .build();
            return new Settings(config, threshold);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException(e.getMessage(), e);
        }
    }

    /**
     * Runs the whole analysis.
     *
     * @throws InvalidSettingException before any analysis, if a setting is invalid
     * @throws IOException if the SARIF log cannot be written
     */
    public LintOutcome execute(LintRequest request) throws InvalidSettingException, IOException {
        Settings settings = validate(request);
        Set<String> formats = parseFormats(request.formats());
        boolean annotate = annotate(request);
        Baseline baseline = loadBaseline(request);
        ChangedCode changes = request.changedSince() == null ? null
                : GitChanges.since(request.changedSince(), request.projectDirectory());
        long start = System.nanoTime();
        SourceScanner.Listing listing;
        List<Path> sources;
        List<String> unmatched;
        List<Path> files;
        LintResult analysed;
        try (ForkedRun.Child child = startChild(request)) {
            listing = SourceScanner.list(request.sourceRoots(), request.includes(), request.excludes());
            sources = listing.files();
            unmatched = unmatchedPatterns(request, listing);
            files = changes == null ? sources : sources.stream().filter(changes::touchesFile).toList();
            log.debug("redirect-lint: analysing " + files.size() + " file(s) from " + request.sourceRoots()
                    + " (includes " + request.includes() + ", excludes " + request.excludes() + "), found in "
                    + millis(start) + " ms");
            analysed = analyse(settings, request, listing, files, child);
        }
        long reporting = System.nanoTime();
        Path baselineDirectory = baseline == null ? null : request.baselineFile().toAbsolutePath().getParent();
        Gate gate = Gate.apply(analysed, files, sources.size(), changes, baseline, baselineDirectory,
                baseline == null ? file -> false : OwnedFiles.of(request, baselineDirectory));
        LintResult result = gate.reported();

        for (Finding finding : result.findings()) {
            String line = request.verbose() ? ConsoleReport.line(finding)
                    : ConsoleReport.shortLine(finding, request.consoleDirectory());
            switch (finding.severity()) {
                case ERROR -> log.error(line);
                case WARNING -> log.warn(line);
                case INFO -> log.info(line);
            }
        }
        for (ProcessingError error : result.errors()) {
            log.error(ConsoleReport.line(error, request.consoleDirectory()));
        }
        for (ProjectFix projectFix : FrameworkHome.allProjectFixes()) {
            long resolved = result.findings().stream().filter(projectFix::resolves).count();
            if (resolved > 1) {
                log.info(request.logPrefix() + resolved + " of these are " + projectFix.resolvedKind()
                        + ", which one setting fixes at once: mvn " + request.goalPrefix()
                        + ":fix -Dredirect-lint.fixScope=project (" + projectFix.effect() + ")");
            }
        }
        if (gate.comparison() != null) {
            gate.comparison().known().forEach(known -> log.debug("(baselined) " + ConsoleReport.line(known)));
            logAbsent(gate.comparison().absent(), request.baselineFile(), request.goalPrefix());
        }
        if (annotate && request.moduleRuns() == null) {
            new GithubAnnotations(request.annotationDirectory())
                    .lines(result.findings(), result.errors()).forEach(stdout);
        }

        StringBuilder written = new StringBuilder();
        if (formats.contains("sarif")) {
            SarifReport sarif = new SarifReport(request.sarifBaseDirectory())
                    .withHelpBaseUri(request.helpBaseUri())
                    .withAutomationId(automationId(request));
            if (gate.comparison() != null) {
                sarif = sarif.withBaseline(gate.comparison()::isKnown, request.baselineFile().getFileName().toString());
            }
            sarif.write(gate.inChanges(), request.sarifFile());
            written.append("; SARIF written to ").append(display(request.consoleDirectory(), request.sarifFile()));
        }
        if (formats.contains("checkstyle")) {
            new CheckstyleXmlReport().write(result, request.checkstyleFile());
            written.append("; Checkstyle XML written to ")
                    .append(display(request.consoleDirectory(), request.checkstyleFile()));
        }
        log.debug("redirect-lint: reports written in " + millis(reporting) + " ms; " + millis(start) + " ms in all");
        String summary = ConsoleReport.counts(result) + gate.summaryClauses();
        log.info(request.logPrefix() + summary + written);
        if (request.moduleRuns() != null) {
            request.moduleRuns().add(new ModuleRun("check", request.module(), summary, result,
                    annotate ? request.annotationDirectory() : null, unmatched));
        }
        return new LintOutcome(result, settings.failOnSeverity(), request.failOnViolation(), request.failOnError(),
                request.sarifFile(), request.consoleDirectory(), request.goalPrefix());
    }

    /**
     * Analyses the sources and writes every finding to the baseline file. In a build of one project the file
     * is replaced; in a reactor, which shares one file, only this module's entries (those of files under its
     * source roots) are, and the other modules' stay. Files that cannot be analysed are logged; their findings
     * cannot be in the baseline.
     *
     * @return the baseline written
     * @throws InvalidSettingException before any analysis, if a setting is invalid
     * @throws IOException if the baseline cannot be written
     */
    public Baseline writeBaseline(LintRequest request) throws InvalidSettingException, IOException {
        Settings settings = validate(request);
        Path file = request.baselineFile();
        if (file == null) {
            throw new InvalidSettingException("baseline (redirect-lint.baseline): no file given");
        }
        LintResult result;
        List<Path> files;
        try (ForkedRun.Child child = startChild(request)) {
            SourceScanner.Listing listing = SourceScanner.list(request.sourceRoots(), request.includes(), request.excludes());
            files = listing.files();
            result = analyse(settings, request, listing, files, child);
        }
        for (ProcessingError error : result.errors()) {
            log.error(ConsoleReport.line(error, request.consoleDirectory()));
        }
        Path directory = file.toAbsolutePath().getParent();
        Baseline own = Baseline.of(result.findings(), directory);
        Baseline written;
        synchronized (BaselineLocks.of(file)) {
            written = request.module() == null ? own : readForMerge(file).replacing(OwnedFiles.of(request, directory), own);
            written.write(file);
        }
        String shown = display(request.consoleDirectory(), file);
        String summary = count(own.size(), "finding", "findings") + " (" + count(own.entries().size(), "entry", "entries")
                + ") in " + count(result.filesAnalyzed(), "file", "files")
                + (written == own ? "" : ", with the other modules' " + (written.size() - own.size()) + "; "
                        + count(written.size(), "finding", "findings") + " in all");
        log.info(request.logPrefix() + "baseline of " + summary + " written to " + shown);
        if (!result.errors().isEmpty()) {
            log.warn(request.logPrefix() + count(result.errors().size(), "file", "files")
                    + " could not be analysed; findings in them are not in the baseline");
        }
        if (request.moduleRuns() != null) {
            request.moduleRuns().add(new ModuleRun("baseline", request.module(),
                    count(own.size(), "finding", "findings") + " in " + count(result.filesAnalyzed(), "file", "files")
                            + " written to " + shown, null, null, List.of()));
        }
        return written;
    }

    /** The reactor's baseline so far: empty if there is none yet, or (with a warning) if it cannot be read. */
    private Baseline readForMerge(Path file) {
        if (!Files.exists(file)) {
            return new Baseline(List.of());
        }
        try {
            return Baseline.read(file);
        } catch (IOException e) {
            log.warn("redirect-lint: the baseline " + file + " cannot be read and is written anew, with this"
                    + " module's findings only: " + e.getMessage());
            return new Baseline(List.of());
        }
    }

    /**
     * The forked JVM, started before the sources are listed so that it boots meanwhile (on a large tree the
     * listing takes a quarter of a second, as long as the start); none when the run is not forked, or when the
     * module has no source directory (a parent module: a child would only be called off).
     */
    private static ForkedRun.Child startChild(LintRequest request) {
        boolean sources = request.sourceRoots().stream().anyMatch(Files::isDirectory);
        return request.fork() == null || !sources ? null : new ForkedRun(request.fork()).start();
    }

    /**
     * Analyses {@code files} of the project's {@code sources} (all of them, or the changed ones), with the
     * project's other sources and the sources of the modules it depends on as context, and its configuration files
     * ({@link #configFiles}: Spring XML, and the homes' routes files and views).
     */
    private LintResult analyse(Settings settings, LintRequest request, SourceScanner.Listing listing, List<Path> files,
            ForkedRun.Child child) {
        List<Path> sources = listing.files();
        List<Path> context = new ArrayList<>();
        if (files.size() != sources.size()) {
            Set<Path> checked = new HashSet<>(files);
            sources.stream().filter(file -> !checked.contains(file)).forEach(context::add);
        }
        SourceScanner.Listing upstream = SourceScanner.list(request.contextRoots(), request.includes(), request.excludes());
        context.addAll(upstream.files());
        Map<Path, FileStamp> stamps = new HashMap<>(listing.stamps());
        upstream.stamps().forEach(stamps::putIfAbsent);
        List<Path> config = configFiles(request);
        log.debug("redirect-lint: " + context.size() + " file(s) of the modules this one depends on as context ("
                + request.contextRoots() + "), " + config.size() + " configuration file(s) read for settings, routes and views");
        ProjectSources project = ProjectSources.of(files).withContext(context).withConfigFiles(config)
                .withCache(request.cacheFile(), request.projectDirectory()).withStamps(stamps);
        LintResult result = request.fork() == null ? new RedirectLint(settings.config()).lint(project)
                : new ForkedRun(request.fork()).lint(settings.config(), project, child);
        result.notes().forEach(log::debug);
        result.warnings().forEach(log::warn);
        return result;
    }

    /**
     * The configuration files a run reads: the XML under the resource roots (Spring bean definitions), and the
     * files the framework homes name ({@code FrameworkFacts.configFilePatterns()}), found from the project's
     * directory (Play's {@code conf/routes}, Faces' views in {@code src/main/webapp}). The fix goal reads the
     * same.
     */
    static List<Path> configFiles(LintRequest request) {
        List<Path> files = new ArrayList<>();
        for (Path root : request.resourceRoots()) {
            files.addAll(SourceScanner.configFiles(root, List.of("**/*.xml")));
        }
        SourceScanner.configFiles(request.projectDirectory(), FrameworkFacts.allConfigFilePatterns()).stream()
                .filter(file -> !files.contains(file)).forEach(files::add);
        return files;
    }

    /**
     * The include patterns that select no file and the exclude patterns that remove none, when there are source
     * roots to select from, each as {@code includes (redirect-lint.includes): the pattern 'x'}. In a build of
     * one project they are warned about here; in a reactor the build's account warns about those that match
     * nothing in any module, as a pattern set in a parent may well match in one module only.
     */
    private List<String> unmatchedPatterns(LintRequest request, SourceScanner.Listing listing) {
        List<String> unmatched = new ArrayList<>();
        if (request.sourceRoots().stream().noneMatch(Files::isDirectory)) {
            return unmatched;
        }
        List<String> includes = request.includes().stream().filter(p -> !p.equals(LintRequest.DEFAULT_INCLUDE)).toList();
        SourceScanner.unmatched(request.sourceRoots(), includes, listing.files()).forEach(pattern ->
                unmatched.add("includes (redirect-lint.includes): the pattern '" + pattern + "' selects no file"));
        SourceScanner.unmatched(request.sourceRoots(), request.excludes(), listing.excluded()).forEach(pattern ->
                unmatched.add("excludes (redirect-lint.excludes): the pattern '" + pattern + "' removes no file"));
        if (request.moduleRuns() == null || request.module() == null) {
            unmatched.forEach(line -> log.warn("redirect-lint: " + line + " under " + request.sourceRoots()));
        }
        return unmatched;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }

    private void logAbsent(List<Baseline.Entry> absent, Path baselineFile, String goalPrefix) {
        if (absent.isEmpty()) {
            return;
        }
        int count = absent.stream().mapToInt(Baseline.Entry::count).sum();
        log.info("redirect-lint: " + count + (count == 1 ? " baseline entry no longer matches" : " baseline entries no"
                + " longer match") + " a finding (fixed, or changed); run mvn " + goalPrefix + ":baseline to drop "
                + (count == 1 ? "it" : "them") + " from " + baselineFile.getFileName() + ":");
        absent.forEach(entry -> log.info("  " + entry.describe()));
    }

    private static Set<String> parseFormats(List<String> names) throws InvalidSettingException {
        Set<String> formats = new LinkedHashSet<>();
        for (String name : names) {
            if (!LintRequest.FORMATS.contains(name)) {
                throw new InvalidSettingException("formats (redirect-lint.formats): unknown format '" + name
                        + "'; use one or more of: " + String.join(", ", LintRequest.FORMATS));
            }
            formats.add(name);
        }
        return formats;
    }

    /** True for outputFormat github, or no outputFormat under GitHub Actions. */
    private static boolean annotate(LintRequest request) throws InvalidSettingException {
        String format = request.outputFormat() == null ? "" : request.outputFormat().strip().toLowerCase(Locale.ROOT);
        if (format.isEmpty()) {
            return request.githubActions();
        }
        if (!LintRequest.OUTPUT_FORMATS.contains(format)) {
            throw new InvalidSettingException("outputFormat (redirect-lint.outputFormat): unknown output format '"
                    + request.outputFormat() + "'; use " + String.join(" or ", LintRequest.OUTPUT_FORMATS)
                    + " (or leave it unset: github under GitHub Actions, plain elsewhere)");
        }
        return format.equals("github");
    }

    private Baseline loadBaseline(LintRequest request) throws InvalidSettingException {
        Path file = request.baselineFile();
        if (file == null) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            if (request.baselineRequired()) {
                throw new InvalidSettingException("baseline (redirect-lint.baseline): " + file + " does not exist;"
                        + " create it with mvn " + request.goalPrefix() + ":baseline");
            }
            return null;
        }
        try {
            Baseline baseline = Baseline.read(file);
            log.debug("redirect-lint: baseline " + file + " accepts " + baseline.size() + " finding(s)");
            return baseline;
        } catch (IOException e) {
            throw new InvalidSettingException("baseline (redirect-lint.baseline): " + e.getMessage(), e);
        }
    }

    /** {@code redirect-lint/} for the top-level project, {@code redirect-lint/module-a/} for a module. */
    static String automationId(LintRequest request) {
        Path base = request.sarifBaseDirectory().toAbsolutePath().normalize();
        Path project = request.projectDirectory().toAbsolutePath().normalize();
        String relative = project.startsWith(base) ? base.relativize(project).toString()
                : String.valueOf(project.getFileName());
        relative = relative.replace(project.getFileSystem().getSeparator(), "/");
        return "redirect-lint/" + (relative.isEmpty() ? "" : relative + "/");
    }

    private static Severity parseSeverity(String text) throws InvalidSettingException {
        if (text == null || text.isBlank()) {
            return Severity.WARNING;
        }
        try {
            return Severity.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingException("failOnSeverity (redirect-lint.failOnSeverity): " + e.getMessage(), e);
        }
    }

    static int parseStatus(String text) throws InvalidSettingException {
        if (text == null || text.isBlank()) {
            return 303;
        }
        String status = text.trim();
        if (!status.equals("303") && !status.equals("307")) {
            throw new InvalidSettingException("preferredStatus (redirect-lint.preferredStatus) must be 303 (See Other)"
                    + " or 307 (Temporary Redirect), not '" + text + "'");
        }
        return Integer.parseInt(status);
    }

    Charset parseEncoding(String name) throws InvalidSettingException {
        if (name == null || name.isBlank()) {
            log.warn("File encoding has not been set, using UTF-8 to read the sources"
                    + " (set project.build.sourceEncoding or the encoding parameter)");
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new InvalidSettingException("encoding: unknown or unsupported character encoding '" + name
                    + "' (set project.build.sourceEncoding or the encoding parameter to a name such as UTF-8)", e);
        }
    }

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min)?");
    private static final Duration LONGEST_TIMEOUT = Duration.ofHours(24);
    /** A file is read into one array, so no larger file can be analysed at all. */
    private static final long LARGEST_FILE = Integer.MAX_VALUE - 8;
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);

    /** {@code 500ms}, {@code 60s}, {@code 2m}; a bare number is seconds. */
    static Duration parseDuration(String text) throws InvalidSettingException {
        Matcher matcher = DURATION.matcher(text.trim());
        if (!matcher.matches()) {
            throw new InvalidSettingException("fileTimeout (redirect-lint.fileTimeout) must be a duration such as"
                    + " 60s, 2m or 500ms, not '" + text + "'");
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        Duration duration = switch (unit) {
            case "ms" -> Duration.ofMillis(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            default -> Duration.ofSeconds(amount);
        };
        if (duration.isZero() || duration.compareTo(LONGEST_TIMEOUT) > 0) {
            throw new InvalidSettingException("fileTimeout (redirect-lint.fileTimeout) must be from 1ms to 24h (such as"
                    + " 60s, 2m or 500ms), not '" + text + "'");
        }
        return duration;
    }

    /** {@code 4MB}, {@code 512KB}; a bare number is bytes. */
    static long parseSize(String text) throws InvalidSettingException {
        Matcher matcher = SIZE.matcher(text.trim());
        String range = "maxFileSize (redirect-lint.maxFileSize) must be a size from 1 byte to 2GB, such as 4MB, 512KB"
                + " or a number of bytes, not '" + text + "'";
        if (!matcher.matches() || matcher.group(1).length() > 12) {
            throw new InvalidSettingException(range);
        }
        long amount = Long.parseLong(matcher.group(1));
        String unit = matcher.group(2) == null ? "B" : matcher.group(2).toUpperCase(java.util.Locale.ROOT);
        long bytes = switch (unit) {
            case "K", "KB" -> amount * 1024;
            case "M", "MB" -> amount * 1024 * 1024;
            case "G", "GB" -> amount * 1024 * 1024 * 1024;
            default -> amount;
        };
        if (bytes < 1 || bytes > LARGEST_FILE) {
            throw new InvalidSettingException(range);
        }
        return bytes;
    }

    private static void checkRuleIds(List<String> ids, String setting) throws InvalidSettingException {
        List<String> unknown = ids.stream().filter(id -> !Rules.ids().contains(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidSettingException(setting + " (redirect-lint." + setting + "): unknown rule id"
                    + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.stream().map(id -> "'" + id + "'")
                    .toList()) + "; known rule ids: " + String.join(", ", Rules.ids()));
        }
    }

    /** Patterns are relative to a source root: blank, absolute or {@code ..} patterns can never match. */
    private static void checkPatterns(List<String> patterns, String setting) throws InvalidSettingException {
        for (String pattern : patterns) {
            String p = pattern == null ? "" : pattern.trim().replace('\\', '/');
            if (p.isEmpty() || p.startsWith("/") || p.matches("^[A-Za-z]:/.*") || p.equals("..") || p.startsWith("../")
                    || p.contains("/../") || p.endsWith("/..")) {
                throw new InvalidSettingException(setting + " (redirect-lint." + setting + "): the pattern '" + pattern
                        + "' is " + (p.isEmpty() ? "empty" : "not relative to the source root")
                        + "; write Ant-style patterns such as **/*.java or **/generated/**");
            }
        }
    }

    /** {@code module-a/target/redirect-lint.sarif} for a file under {@code base}, else the absolute path. */
    static String display(Path base, Path file) {
        return ConsoleReport.relative(file, base);
    }

    /**
     * The validated settings.
     *
     * @param config the engine configuration
     * @param failOnSeverity the least severity that counts as a violation
     */
    public record Settings(LintConfig config, Severity failOnSeverity) {}
}
