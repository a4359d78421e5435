package dev.redirectlint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.ProjectSources;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.fix.FixApplier;
import dev.redirectlint.report.ConsoleReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs rules on small inline sources and checks findings against markers written beside the lines,
 * in both directions: every marker needs its findings and every finding needs a marker.
 *
 * <p>Markers are trailing comments on the line where a finding starts: {@code // finding},
 * {@code // finding: <message substring>}, {@code // 2 findings}; {@code // finding above} marks the line
 * above, for a finding that starts where no comment can go (the first line of a text block). Fix tests compare the exact text
 * after applying the chosen fix, then analyse the result again: it must parse and offer no more fixes.
 *
 * <p>A test may give several files ({@link #sources}): they are analysed as one project, each at the path
 * its package and first type name make ({@code web/OrderController.java}), and markers are checked in each.
 * Every check runs twice, once as the engine runs (parsing only the files the lexical pass keeps) and once
 * parsing every file, and both must find the same: the lexical pass may never lose a finding.
 */
public final class RuleTester {

    private static final Pattern MARKER =
            Pattern.compile("//\\s*(?:(\\d+)\\s+findings|finding)(\\s+above)?(?::\\s*(.*?))?\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final Pattern TYPE = Pattern.compile(
            "(?m)^[\\w\\s@().=\",]*?\\b(?:class|interface|enum|record|@interface)\\s+(\\w+)");

    private final List<String> ruleIds;
    private int preferredStatus = 303;
    /** The versions of the libraries the source compiles against, by {@code groupId:artifactId}. */
    private final Map<String, String> libraryVersions = new LinkedHashMap<>();
    private List<String> sources = List.of();
    /** The files a home reads (Play's routes, Faces' views), written under {@link #moduleDirectory}. */
    private final List<Path> configFiles = new ArrayList<>();
    /** True from {@link #source} until the source is analysed. */
    private boolean unrun;
    private List<String> expected = List.of();
    /** Where {@link #configFile} writes the files. */
    private Path moduleDirectory;
    private int fixIndex;
    /** The processing errors {@link #check} requires: a file's name and a part of the reason. */
    private final List<ExpectedError> expectedErrors = new ArrayList<>();

    private record ExpectedError(String fileName, String reason) {}

    private RuleTester(List<String> ruleIds) {
        this.ruleIds = ruleIds;
    }

    /** Tests one rule; the others are disabled. */
    public static RuleTester forRule(String ruleId) {
        return new RuleTester(List.of(ruleId));
    }

    /** Tests every rule at once. */
    public static RuleTester forAllRules() {
        return new RuleTester(List.of());
    }

    public RuleTester preferredStatus(int status) {
        this.preferredStatus = status;
        return this;
    }

    /**
     * The version of a library the source compiles against ({@code jakarta.servlet:jakarta.servlet-api},
     * {@code org.springframework:spring-webmvc}), as the Maven plugin passes it for the libraries a home declares.
     */
    public RuleTester libraryVersion(String coordinates, String version) {
        libraryVersions.put(coordinates, version);
        return this;
    }

    /** The source under test, with its markers. */
    public RuleTester source(String text) {
        if (unrun) {
            // source(a).source(b) would silently test b alone
            throw new IllegalStateException("source(...) given twice: pass several files to sources(...)");
        }
        this.sources = List.of(text);
        this.unrun = true;
        return this;
    }

    /** Several files analysed as one project, each with its markers. */
    public RuleTester sources(String... texts) {
        this.sources = List.of(texts);
        return this;
    }

    /**
     * A file of the project outside Java that a home reads ({@code conf/routes}, {@code src/main/webapp/orders.xhtml}),
     * at that path under a temporary module directory (one for all of this tester's files); the run is given it
     * as a configuration file, as the build gives the files the homes' patterns match.
     */
    public RuleTester configFile(String path, String text) {
        try {
            if (moduleDirectory == null) {
                moduleDirectory = Files.createTempDirectory("redirect-lint-module");
                moduleDirectory.toFile().deleteOnExit();
            }
            Path file = moduleDirectory.resolve(path);
            Files.createDirectories(file.getParent());
            // deleted in the reverse order of registration: the directories top down, then the file
            Path directory = moduleDirectory;
            for (Path name : moduleDirectory.relativize(file.getParent())) {
                directory = directory.resolve(name);
                directory.toFile().deleteOnExit();
            }
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            configFiles.add(file);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source before a fix. */
    public RuleTester input(String text) {
        return source(text);
    }

    /** The files before a fix. */
    public RuleTester inputs(String... texts) {
        return sources(texts);
    }

    /** The exact source after the fix. */
    public RuleTester output(String text) {
        this.expected = List.of(text);
        return this;
    }

    /** The exact files after the fix, in the order of the inputs. */
    public RuleTester outputs(String... texts) {
        this.expected = List.of(texts);
        return this;
    }

    /** Which alternative fix to apply: 0 is the preferred one. */
    public RuleTester chooseFix(int index) {
        this.fixIndex = index;
        return this;
    }

    /** Analyses the source and returns the findings, without checking markers. */
    public List<Finding> findings() {
        return run(files(sources)).findings();
    }

    /**
     * Requires {@link #check} to report, once, a processing error for the file of this name (a configuration file
     * that could not be read, say) whose reason contains the text; any other error still fails the check.
     */
    public RuleTester expectError(String fileName, String reason) {
        expectedErrors.add(new ExpectedError(fileName, reason));
        return this;
    }

    /** Checks the findings against the markers, both ways; returns the findings for further checks. */
    public List<Finding> check() {
        Map<Path, String> files = files(sources);
        LintResult result = run(files);
        List<ProcessingError> errors = new ArrayList<>(result.errors());
        for (ExpectedError expected : expectedErrors) {
            Optional<ProcessingError> found = errors.stream().filter(error -> error.file().getFileName() != null
                    && error.file().getFileName().toString().equals(expected.fileName())
                    && error.reason().contains(expected.reason())).findFirst();
            if (found.isEmpty()) {
                fail("No processing error for " + expected.fileName() + " with '" + expected.reason() + "'; errors: "
                        + errors.stream().map(ProcessingError::describe).toList());
            }
            errors.remove(found.get());
        }
        if (!errors.isEmpty()) {
            fail("Source does not parse: " + errors.get(0).describe());
        }
        List<String> problems = new ArrayList<>();
        files.forEach((path, text) -> {
            Map<Integer, Expectation> expectations = markers(text);
            Map<Integer, List<Finding>> actual = new TreeMap<>();
            result.findings().stream().filter(f -> f.file().equals(path))
                    .forEach(f -> actual.computeIfAbsent(f.region().startLine(), l -> new ArrayList<>()).add(f));
            String where = files.size() > 1 ? path + " " : "";
            expectations.forEach((line, expectation) -> {
                List<Finding> found = actual.getOrDefault(line, List.of());
                if (found.size() != expectation.count()) {
                    problems.add(where + "line " + line + ": expected " + expectation.count() + " finding(s), got "
                            + found.size() + describe(found));
                } else if (expectation.substring() != null
                        && found.stream().noneMatch(f -> f.message().contains(expectation.substring()))) {
                    problems.add(where + "line " + line + ": no message contains '" + expectation.substring() + "'"
                            + describe(found));
                }
            });
            actual.forEach((line, found) -> {
                if (!expectations.containsKey(line)) {
                    problems.add(where + "line " + line + ": unexpected finding(s)" + describe(found));
                }
            });
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        return result.findings();
    }

    /** Applies the chosen fix of every finding and compares the result with the expected text exactly. */
    public void fix() {
        Map<Path, String> files = files(sources);
        LintResult result = run(files);
        assertThat(result.findings()).as("findings to fix").isNotEmpty();
        Map<Path, List<TextEdit>> edits = new LinkedHashMap<>();
        for (Finding finding : result.findings()) {
            if (finding.fixes().size() <= fixIndex) {
                fail("No fix #" + fixIndex + " for: " + finding.message());
            }
            Fix fix = finding.fixes().get(fixIndex);
            edits.computeIfAbsent(fix.fileOr(finding.file()), k -> new ArrayList<>()).addAll(fix.edits());
        }
        Map<Path, String> fixed = new LinkedHashMap<>();
        files.forEach((path, text) -> fixed.put(path, FixApplier.apply(text, edits.getOrDefault(path, List.of()))));
        assertThat(List.copyOf(fixed.values())).isEqualTo(expected);
        LintResult again = run(fixed);
        assertThat(again.errors()).as("fixed sources parse").isEmpty();
        assertThat(again.findings().stream().filter(f -> !f.fixes().isEmpty()).toList())
                .as("findings with fixes after the fix (a fix must converge)").isEmpty();
    }

    /** Asserts that no finding offers a fix. */
    public void expectNoFix() {
        List<Finding> findings = findings();
        assertThat(findings).as("findings").isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.fixes()).as("fixes of " + f.message()).isEmpty());
    }

    /** The fixes of the single finding in the source. */
    public List<Fix> fixes() {
        List<Finding> findings = findings();
        assertThat(findings).hasSize(1);
        return findings.get(0).fixes();
    }

    /** The result of one file on its own, as the single-file API gives it. */
    public FileResult runAlone() {
        unrun = false;
        Map<Path, String> files = files(sources);
        Map.Entry<Path, String> only = files.entrySet().iterator().next();
        return new RedirectLint(config(false)).lintSource(only.getKey(), only.getValue());
    }

    private LintResult run(Map<Path, String> files) {
        unrun = false;
        ProjectSources project = ProjectSources.inMemory(files).withConfigFiles(configFiles);
        LintResult result = new RedirectLint(config(false)).lint(project);
        LintResult everything = new RedirectLint(config(true)).lint(project);
        assertThat(render(result)).as("the findings when every file is parsed (the lexical pass lost some)")
                .isEqualTo(render(everything));
        // Every rule test's input also checks the console: one short line per finding.
        for (Finding finding : result.findings()) {
            String line = ConsoleReport.shortLine(finding, null);
            assertThat(line.substring(line.indexOf("] [") + 2)).as("console line " + line)
                    .hasSizeLessThanOrEqualTo(ConsoleReport.SHORT_LINE).doesNotContain("\n");
        }
        return result;
    }

    private LintConfig config(boolean everyFile) {
        LintConfig.Builder config = LintConfig.builder().preferredStatus(preferredStatus).threads(1)
                .libraryVersions(libraryVersions).analyseEveryFile(everyFile);
        if (!ruleIds.isEmpty()) {
            config.rules(ruleIds);
        }
        return config.build();
    }

    private static List<String> render(LintResult result) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(f.file() + ":" + f.region() + " " + f.ruleId() + " " + f.message()
                + " related=" + f.related() + " fixes=" + f.fixes()));
        for (ProcessingError error : result.errors()) {
            lines.add(error.describe());
        }
        return lines;
    }

    /** Each text at the path its package and first type make; {@code Test.java} for a single text without a type. */
    private static Map<Path, String> files(List<String> texts) {
        Map<Path, String> files = new LinkedHashMap<>();
        for (String text : texts) {
            Path path = texts.size() == 1 ? Path.of("Test.java") : pathOf(text);
            if (files.putIfAbsent(path, text) != null) {
                throw new IllegalArgumentException("Two sources at " + path);
            }
        }
        return files;
    }

    static Path pathOf(String text) {
        Matcher pkg = PACKAGE.matcher(text);
        Matcher type = TYPE.matcher(text);
        String name = type.find() ? type.group(1) : "Test";
        String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
        return Path.of(dir + name + ".java");
    }

    private record Expectation(int count, String substring) {}

    private static Map<Integer, Expectation> markers(String text) {
        Map<Integer, Expectation> markers = new TreeMap<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher matcher = MARKER.matcher(lines[i]);
            if (matcher.find()) {
                int count = matcher.group(1) == null ? 1 : Integer.parseInt(matcher.group(1));
                int line = matcher.group(2) == null ? i + 1 : i;
                markers.put(line, new Expectation(count, matcher.group(3)));
            }
        }
        return markers;
    }

    private static String describe(List<Finding> findings) {
        StringBuilder text = new StringBuilder();
        findings.forEach(f -> text.append("\n    [").append(f.ruleId()).append("] ").append(f.region().startLine())
                .append(':').append(f.region().startColumn()).append(' ').append(f.message()));
        return text.toString();
    }
}
