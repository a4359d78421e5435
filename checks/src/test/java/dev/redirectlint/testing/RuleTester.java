package dev.redirectlint.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import dev.redirectlint.fix.FixApplier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 */
public final class RuleTester {

    private static final Pattern MARKER =
            Pattern.compile("//\\s*(?:(\\d+)\\s+findings|finding)(\\s+above)?(?::\\s*(.*?))?\\s*$");

    private final List<String> ruleIds;
    private int preferredStatus = 303;
    private String servletApiVersion;
    private String source;
    private String expected;
    private int fixIndex;

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

    /** The jakarta.servlet-api version the source compiles against, as the Maven plugin passes it. */
    public RuleTester servletApiVersion(String version) {
        this.servletApiVersion = version;
        return this;
    }

    /** The source under test, with its markers. */
    public RuleTester source(String text) {
        this.source = text;
        return this;
    }

    /** The source before a fix. */
    public RuleTester input(String text) {
        return source(text);
    }

    /** The exact source after the fix. */
    public RuleTester output(String text) {
        this.expected = text;
        return this;
    }

    /** Which alternative fix to apply: 0 is the preferred one. */
    public RuleTester chooseFix(int index) {
        this.fixIndex = index;
        return this;
    }

    /** Analyses the source and returns the findings, without checking markers. */
    public List<Finding> findings() {
        return run(source).findings();
    }

    /** Checks the findings against the markers, both ways; returns the findings for further checks. */
    public List<Finding> check() {
        FileResult result = run(source);
        result.error().ifPresent(error -> fail("Source does not parse: " + error.describe()));
        Map<Integer, Expectation> expected = markers(source);
        Map<Integer, List<Finding>> actual = new TreeMap<>();
        result.findings().forEach(f -> actual.computeIfAbsent(f.region().startLine(), l -> new ArrayList<>()).add(f));
        List<String> problems = new ArrayList<>();
        expected.forEach((line, expectation) -> {
            List<Finding> found = actual.getOrDefault(line, List.of());
            if (found.size() != expectation.count()) {
                problems.add("line " + line + ": expected " + expectation.count() + " finding(s), got " + found.size()
                        + describe(found));
            } else if (expectation.substring() != null
                    && found.stream().noneMatch(f -> f.message().contains(expectation.substring()))) {
                problems.add("line " + line + ": no message contains '" + expectation.substring() + "'" + describe(found));
            }
        });
        actual.forEach((line, found) -> {
            if (!expected.containsKey(line)) {
                problems.add("line " + line + ": unexpected finding(s)" + describe(found));
            }
        });
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
        return result.findings();
    }

    /** Applies the chosen fix of every finding and compares the result with the expected text exactly. */
    public void fix() {
        FileResult result = run(source);
        assertThat(result.findings()).as("findings to fix").isNotEmpty();
        List<TextEdit> edits = new ArrayList<>();
        for (Finding finding : result.findings()) {
            if (finding.fixes().size() <= fixIndex) {
                fail("No fix #" + fixIndex + " for: " + finding.message());
            }
            edits.addAll(finding.fixes().get(fixIndex).edits());
        }
        String fixed = FixApplier.apply(source, edits);
        assertThat(fixed).isEqualTo(expected);
        FileResult again = run(fixed);
        assertThat(again.error()).as("fixed source parses").isEmpty();
        assertThat(again.findings().stream().filter(f -> !f.fixes().isEmpty()).toList())
                .as("findings with fixes after the fix (a fix must converge)").isEmpty();
    }

    /** Asserts that no finding offers a fix. */
    public void expectNoFix() {
        List<Finding> findings = run(source).findings();
        assertThat(findings).as("findings").isNotEmpty();
        assertThat(findings).allSatisfy(f -> assertThat(f.fixes()).as("fixes of " + f.message()).isEmpty());
    }

    /** The fixes of the single finding in the source. */
    public List<Fix> fixes() {
        List<Finding> findings = run(source).findings();
        assertThat(findings).hasSize(1);
        return findings.get(0).fixes();
    }

    private FileResult run(String text) {
        LintConfig.Builder config = LintConfig.builder().preferredStatus(preferredStatus).threads(1)
                .servletApiVersion(servletApiVersion);
        if (!ruleIds.isEmpty()) {
            config.rules(ruleIds);
        }
        return new RedirectLint(config.build()).lintSource(Path.of("Test.java"), text);
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
