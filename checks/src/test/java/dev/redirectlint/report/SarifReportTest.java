package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.Fix;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.RelatedLocation;
import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.api.Severity;
import dev.redirectlint.api.TextEdit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final List<RuleInfo> RULES = List.of(
            new RuleInfo("non-get-302", Severity.WARNING, "Unsafe method answered with 302 Found",
                    "Clients may turn the POST into a GET."),
            new RuleInfo("any-method-302", Severity.INFO, "Handler for every method answers with 302 Found",
                    "The mapping accepts POST too."),
            new RuleInfo("non-get-301", Severity.WARNING, "Unsafe method answered with 301", "Permanent."));

    @TempDir
    Path base;

    private Path file(String relative) {
        return base.resolve(relative);
    }

    private static Finding finding(String ruleId, Severity severity, String message, Path file, Region region,
            List<RelatedLocation> related, List<Fix> fixes) {
        return new Finding(ruleId, severity, message, ruleId, List.of(), file, region, "OrderController#create",
                "\"redirect:\" view name", related, fixes);
    }

    private JsonObject sarif(LintResult result) {
        String text = new SarifReport(base, RULES, "0.1.0-SNAPSHOT").render(result);
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static JsonObject run(JsonObject log) {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static JsonObject firstResult(JsonObject log) {
        return run(log).getAsJsonArray("results").get(0).getAsJsonObject();
    }

    @Test
    void writesSchemaVersionAndOneRun() {
        JsonObject log = sarif(new LintResult(List.of(), List.of(), 0));

        assertThat(log.get("$schema").getAsString()).isEqualTo(SarifReport.SCHEMA_URI);
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(log.getAsJsonArray("runs")).hasSize(1);
        assertThat(run(log).getAsJsonArray("results")).isEmpty();
    }

    @Test
    void describesTheToolAndEveryRule() {
        JsonObject driver = run(sarif(new LintResult(List.of(), List.of(), 0)))
                .getAsJsonObject("tool").getAsJsonObject("driver");

        assertThat(driver.get("name").getAsString()).isEqualTo("redirect-lint");
        assertThat(driver.get("version").getAsString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("semanticVersion").getAsString()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(driver.get("informationUri").getAsString()).startsWith("https://");
        JsonArray rules = driver.getAsJsonArray("rules");
        assertThat(rules).hasSize(3);
        JsonObject first = rules.get(0).getAsJsonObject();
        assertThat(first.get("id").getAsString()).isEqualTo("non-get-302");
        assertThat(first.get("name").getAsString()).isEqualTo("NonGet302");
        assertThat(first.getAsJsonObject("shortDescription").get("text").getAsString())
                .isEqualTo("Unsafe method answered with 302 Found");
        assertThat(first.getAsJsonObject("fullDescription").get("text").getAsString())
                .isEqualTo("Clients may turn the POST into a GET.");
        assertThat(first.getAsJsonObject("defaultConfiguration").get("level").getAsString()).isEqualTo("warning");
        assertThat(first.getAsJsonObject("help").get("text").getAsString())
                .contains("Clients may turn the POST into a GET.")
                .contains("@SuppressWarnings(\"redirect-lint:non-get-302\")");
        assertThat(rules.get(1).getAsJsonObject().getAsJsonObject("defaultConfiguration").get("level")
                .getAsString()).isEqualTo("note");
    }

    @Test
    void omitsSemanticVersionWhenTheVersionIsNotSemver() {
        String text = new SarifReport(base, RULES, "unknown").render(new LintResult(List.of(), List.of(), 0));
        JsonObject driver = run(JsonParser.parseString(text).getAsJsonObject())
                .getAsJsonObject("tool").getAsJsonObject("driver");

        assertThat(driver.get("version").getAsString()).isEqualTo("unknown");
        assertThat(driver.has("semanticVersion")).isFalse();
    }

    @Test
    void writesResultWithRuleIndexLevelMessageAndRegion() {
        Path source = file("src/main/java/shop/OrderController.java");
        Region region = new Region(12, 16, 12, 33, 301, 319);
        LintResult result = new LintResult(List.of(
                finding("non-get-301", Severity.ERROR, "POST handler answers 301", source, region, List.of(), List.of())),
                List.of(), 1);

        JsonObject sarifResult = firstResult(sarif(result));

        assertThat(sarifResult.get("ruleId").getAsString()).isEqualTo("non-get-301");
        assertThat(sarifResult.get("ruleIndex").getAsInt()).isEqualTo(2);
        assertThat(sarifResult.get("level").getAsString()).isEqualTo("error");
        assertThat(sarifResult.getAsJsonObject("message").get("text").getAsString())
                .isEqualTo("POST handler answers 301");
        JsonObject physical = sarifResult.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        JsonObject artifact = physical.getAsJsonObject("artifactLocation");
        assertThat(artifact.get("uri").getAsString()).isEqualTo("src/main/java/shop/OrderController.java");
        assertThat(artifact.get("uriBaseId").getAsString()).isEqualTo("%SRCROOT%");
        JsonObject sarifRegion = physical.getAsJsonObject("region");
        assertThat(sarifRegion.get("startLine").getAsInt()).isEqualTo(12);
        assertThat(sarifRegion.get("startColumn").getAsInt()).isEqualTo(16);
        assertThat(sarifRegion.get("endLine").getAsInt()).isEqualTo(12);
        assertThat(sarifRegion.get("endColumn").getAsInt()).as("SARIF end column is exclusive").isEqualTo(34);
        assertThat(sarifRegion.get("charOffset").getAsInt()).isEqualTo(301);
        assertThat(sarifRegion.get("charLength").getAsInt()).isEqualTo(18);
        assertThat(sarifResult.getAsJsonObject("properties").get("handler").getAsString())
                .isEqualTo("OrderController#create");
        assertThat(sarifResult.getAsJsonObject("partialFingerprints").get("redirectLint/v1").getAsString())
                .matches("[0-9a-f]{32}:1");
    }

    @Test
    void fingerprintsIgnoreLinesAndCountIdenticalFindings() {
        Path source = file("src/main/java/shop/OrderController.java");
        Finding first = new Finding("non-get-302", Severity.WARNING, "m", source, new Region(10, 5, 10, 9, 100, 105),
                "OrderController#create", "view", List.of(), List.of(), "OrderController#create()\n\"redirect:/x\"",
                null);
        Finding same = new Finding("non-get-302", Severity.WARNING, "m", source, new Region(14, 5, 14, 9, 150, 155),
                "OrderController#create", "view", List.of(), List.of(), "OrderController#create()\n\"redirect:/x\"",
                null);
        Finding shifted = new Finding("non-get-302", Severity.WARNING, "m", source, new Region(40, 1, 40, 9, 900, 909),
                "OrderController#create", "view", List.of(), List.of(), "OrderController#create()\n\"redirect:/x\"",
                null);

        JsonArray results = run(sarif(new LintResult(List.of(first, same), List.of(), 1))).getAsJsonArray("results");
        JsonObject alone = firstResult(sarif(new LintResult(List.of(shifted), List.of(), 1)));

        String one = results.get(0).getAsJsonObject().getAsJsonObject("partialFingerprints")
                .get(SarifReport.FINGERPRINT_KEY).getAsString();
        String two = results.get(1).getAsJsonObject().getAsJsonObject("partialFingerprints")
                .get(SarifReport.FINGERPRINT_KEY).getAsString();
        assertThat(one).endsWith(":1");
        assertThat(two).isEqualTo(one.replace(":1", ":2"));
        assertThat(alone.getAsJsonObject("partialFingerprints").get(SarifReport.FINGERPRINT_KEY).getAsString())
                .as("another line, same identity").isEqualTo(one);
        assertThat(alone.getAsJsonObject("partialFingerprints").has(SarifReport.GITHUB_FINGERPRINT_KEY))
                .as("left to GitHub's upload action, which warns about any value it did not compute").isFalse();
    }

    @Test
    void givesEveryRuleAHelpUriAndMarkdownHelp() {
        JsonArray rules = run(sarif(new LintResult(List.of(), List.of(), 0)))
                .getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        JsonObject first = rules.get(0).getAsJsonObject();

        assertThat(first.get("helpUri").getAsString())
                .isEqualTo("https://github.com/redirect-lint/redirect-lint#non-get-302");
        assertThat(first.getAsJsonObject("help").get("markdown").getAsString())
                .startsWith("**Unsafe method answered with 302 Found.**")
                .contains("`@SuppressWarnings(\"redirect-lint:non-get-302\")`")
                .contains("(https://github.com/redirect-lint/redirect-lint#non-get-302)");
        assertThat(first.getAsJsonObject("help").get("text").getAsString())
                .contains("Documentation: https://github.com/redirect-lint/redirect-lint#non-get-302");
    }

    @Test
    void takesAConfiguredHelpBase() {
        String text = new SarifReport(base, RULES, "1.0.0").withHelpBaseUri("https://docs.example.com/rules.html#top")
                .render(new LintResult(List.of(), List.of(), 0));
        JsonObject rule = run(JsonParser.parseString(text).getAsJsonObject()).getAsJsonObject("tool")
                .getAsJsonObject("driver").getAsJsonArray("rules").get(1).getAsJsonObject();

        assertThat(rule.get("helpUri").getAsString()).isEqualTo("https://docs.example.com/rules.html#any-method-302");
    }

    @Test
    void marksBaselineStatesAndSuppressesKnownFindings() {
        Path source = file("A.java");
        Finding known = finding("non-get-302", Severity.WARNING, "known", source, new Region(1, 1, 1, 2, 0, 2),
                List.of(), List.of());
        Finding fresh = finding("non-get-301", Severity.WARNING, "fresh", source, new Region(5, 1, 5, 2, 40, 42),
                List.of(), List.of());
        String text = new SarifReport(base, RULES, "1.0.0").withBaseline(f -> f == known, "redirect-lint-baseline.json")
                .render(new LintResult(List.of(known, fresh), List.of(), 1));
        JsonArray results = run(JsonParser.parseString(text).getAsJsonObject()).getAsJsonArray("results");

        JsonObject first = results.get(0).getAsJsonObject();
        assertThat(first.get("baselineState").getAsString()).isEqualTo("unchanged");
        JsonObject suppression = first.getAsJsonArray("suppressions").get(0).getAsJsonObject();
        assertThat(suppression.get("kind").getAsString()).isEqualTo("external");
        assertThat(suppression.get("status").getAsString()).isEqualTo("accepted");
        assertThat(suppression.get("justification").getAsString()).contains("redirect-lint-baseline.json");
        JsonObject second = results.get(1).getAsJsonObject();
        assertThat(second.get("baselineState").getAsString()).isEqualTo("new");
        assertThat(second.has("suppressions")).isFalse();
    }

    @Test
    void leavesBaselineStateOutWithoutABaseline() {
        Finding only = finding("non-get-302", Severity.WARNING, "m", file("A.java"), new Region(1, 1, 1, 2, 0, 2),
                List.of(), List.of());

        JsonObject result = firstResult(sarif(new LintResult(List.of(only), List.of(), 1)));

        assertThat(result.has("baselineState")).isFalse();
        assertThat(result.has("suppressions")).isFalse();
    }

    @Test
    void writesTheAutomationIdAsTheAnalysisCategory() {
        String text = new SarifReport(base, RULES, "1.0.0").withAutomationId("redirect-lint/module-a/")
                .render(new LintResult(List.of(), List.of(), 0));

        assertThat(run(JsonParser.parseString(text).getAsJsonObject()).getAsJsonObject("automationDetails")
                .get("id").getAsString()).isEqualTo("redirect-lint/module-a/");
        assertThat(run(sarif(new LintResult(List.of(), List.of(), 0))).has("automationDetails")).isFalse();
    }

    @Test
    void mapsEverySeverityToASarifLevel() {
        Path source = file("A.java");
        Region region = new Region(1, 1, 1, 1, 0, 1);
        LintResult result = new LintResult(Stream.of(Severity.values())
                .map(s -> finding("non-get-302", s, s.id(), source, region, List.of(), List.of()))
                .toList(), List.of(), 1);

        JsonArray results = run(sarif(result)).getAsJsonArray("results");

        assertThat(results).extracting(r -> r.getAsJsonObject().get("level").getAsString())
                .containsExactlyInAnyOrder("error", "warning", "note");
    }

    @Test
    void definesTheSourceRootAsADirectoryUri() {
        JsonObject srcRoot = run(sarif(new LintResult(List.of(), List.of(), 0)))
                .getAsJsonObject("originalUriBaseIds").getAsJsonObject("%SRCROOT%");

        String expected = base.toAbsolutePath().toUri().toString();
        assertThat(srcRoot.get("uri").getAsString()).startsWith("file:/").endsWith("/")
                .isEqualTo(expected.endsWith("/") ? expected : expected + "/");
    }

    @Test
    void writesFilesOutsideTheBaseDirectoryAsAbsoluteUris(@TempDir Path elsewhere) {
        Path source = elsewhere.resolve("Outside.java");
        LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING, "m", source,
                new Region(1, 1, 1, 2, 0, 2), List.of(), List.of())), List.of(), 1);

        JsonObject artifact = firstResult(sarif(result)).getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation");

        assertThat(artifact.get("uri").getAsString()).isEqualTo(source.toUri().toASCIIString());
        assertThat(artifact.has("uriBaseId")).isFalse();
    }

    @Test
    void percentEncodesUnusualCharactersInRelativeUris() {
        Path source = file("src/my dir/Ünïcode#1.java");
        LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING, "m", source,
                new Region(1, 1, 1, 2, 0, 2), List.of(), List.of())), List.of(), 1);

        String uri = firstResult(sarif(result)).getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString();

        assertThat(uri).isEqualTo("src/my%20dir/%C3%9Cn%C3%AFcode%231.java");
    }

    @Test
    void writesRelatedLocationsWithTheirMessages() {
        Path source = file("src/main/java/shop/OrderController.java");
        Path helper = file("src/main/java/shop/Redirects.java");
        RelatedLocation related = new RelatedLocation(helper, new Region(7, 9, 7, 40, 120, 152),
                "the 302 is sent here");
        LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING, "m", source,
                new Region(3, 5, 3, 30, 40, 66), List.of(related), List.of())), List.of(), 2);

        JsonArray relatedLocations = firstResult(sarif(result)).getAsJsonArray("relatedLocations");

        assertThat(relatedLocations).hasSize(1);
        JsonObject location = relatedLocations.get(0).getAsJsonObject();
        assertThat(location.getAsJsonObject("message").get("text").getAsString()).isEqualTo("the 302 is sent here");
        JsonObject physical = location.getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("src/main/java/shop/Redirects.java");
        assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(7);
        assertThat(physical.getAsJsonObject("region").get("endColumn").getAsInt()).isEqualTo(41);
    }

    @Test
    void writesFixesAsReplacementsOverTheOriginalText() {
        Path source = file("src/main/java/shop/OrderController.java");
        Fix seeOther = new Fix("Answer with 303 See Other", 303, List.of(
                TextEdit.insert(100, "@ResponseStatus(HttpStatus.SEE_OTHER)\n    "),
                new TextEdit(5, 9, "")));
        Fix temporary = new Fix("Answer with 307 Temporary Redirect", 307, List.of(new TextEdit(10, 14, "307")));
        LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING, "m", source,
                new Region(3, 5, 3, 30, 40, 66), List.of(), List.of(seeOther, temporary))), List.of(), 1);

        JsonArray fixes = firstResult(sarif(result)).getAsJsonArray("fixes");

        assertThat(fixes).hasSize(2);
        JsonObject first = fixes.get(0).getAsJsonObject();
        assertThat(first.getAsJsonObject("description").get("text").getAsString())
                .isEqualTo("Answer with 303 See Other");
        JsonObject change = first.getAsJsonArray("artifactChanges").get(0).getAsJsonObject();
        assertThat(change.getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("src/main/java/shop/OrderController.java");
        JsonArray replacements = change.getAsJsonArray("replacements");
        assertThat(replacements).hasSize(2);
        JsonObject insertion = replacements.get(0).getAsJsonObject();
        assertThat(insertion.getAsJsonObject("deletedRegion").get("charOffset").getAsInt()).isEqualTo(100);
        assertThat(insertion.getAsJsonObject("deletedRegion").get("charLength").getAsInt()).isZero();
        assertThat(insertion.getAsJsonObject("insertedContent").get("text").getAsString())
                .isEqualTo("@ResponseStatus(HttpStatus.SEE_OTHER)\n    ");
        JsonObject deletion = replacements.get(1).getAsJsonObject();
        assertThat(deletion.getAsJsonObject("deletedRegion").get("charOffset").getAsInt()).isEqualTo(5);
        assertThat(deletion.getAsJsonObject("deletedRegion").get("charLength").getAsInt()).isEqualTo(4);
        assertThat(deletion.getAsJsonObject("insertedContent").get("text").getAsString()).isEmpty();
        assertThat(fixes.get(1).getAsJsonObject().getAsJsonObject("properties").get("status").getAsInt())
                .isEqualTo(307);
    }

    @Test
    void reportsProcessingErrorsAsToolExecutionNotifications() {
        Path broken = file("src/main/java/shop/Broken.java");
        Path unreadable = file("src/main/java/shop/Latin1.java");
        LintResult result = new LintResult(List.of(), List.of(
                new ProcessingError(broken, 4, 17, "Parse error. Found \"}\", expected \";\""),
                new ProcessingError(unreadable, 0, 0, "not valid UTF-8 text")), 3);

        JsonObject invocation = run(sarif(result)).getAsJsonArray("invocations").get(0).getAsJsonObject();

        assertThat(invocation.get("executionSuccessful").getAsBoolean()).isFalse();
        JsonArray notifications = invocation.getAsJsonArray("toolExecutionNotifications");
        assertThat(notifications).hasSize(2);
        JsonObject first = notifications.get(0).getAsJsonObject();
        assertThat(first.get("level").getAsString()).isEqualTo("error");
        assertThat(first.getAsJsonObject("message").get("text").getAsString())
                .isEqualTo("Parse error. Found \"}\", expected \";\"");
        JsonObject physical = first.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("src/main/java/shop/Broken.java");
        assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(4);
        assertThat(physical.getAsJsonObject("region").get("startColumn").getAsInt()).isEqualTo(17);
        JsonObject second = notifications.get(1).getAsJsonObject().getAsJsonArray("locations").get(0)
                .getAsJsonObject().getAsJsonObject("physicalLocation");
        assertThat(second.has("region")).as("an error without a position has no region").isFalse();
    }

    @Test
    void marksACleanRunSuccessful() {
        JsonObject invocation = run(sarif(new LintResult(List.of(), List.of(), 5)))
                .getAsJsonArray("invocations").get(0).getAsJsonObject();

        assertThat(invocation.get("executionSuccessful").getAsBoolean()).isTrue();
        assertThat(invocation.getAsJsonArray("toolExecutionNotifications")).isEmpty();
    }

    @Nested
    class Escaping {

        private String roundTrip(String message) {
            LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING, message,
                    file("A.java"), new Region(1, 1, 1, 2, 0, 2), List.of(), List.of())), List.of(), 1);
            return firstResult(sarif(result)).getAsJsonObject("message").get("text").getAsString();
        }

        @Test
        void keepsQuotesAndBackslashes() {
            String message = "return \"redirect:/orders\" sends 302; path C:\\temp\\x";
            assertThat(roundTrip(message)).isEqualTo(message);
        }

        @Test
        void keepsControlCharacters() {
            String message = "line one\nline two\ttab\r\u0000nul\u0001\u001f\u007f\u2028\u2029";
            assertThat(roundTrip(message)).isEqualTo(message);
        }

        @Test
        void keepsCharactersOutsideTheBasicMultilingualPlane() {
            String message = "emoji \uD83D\uDE80 and math \uD835\uDD38 and <html> & 'quotes'";
            assertThat(roundTrip(message)).isEqualTo(message);
        }

        @Test
        void escapesControlCharactersInTheJsonText() {
            LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING,
                    "a\u0001b\"c\nd", file("A.java"), new Region(1, 1, 1, 2, 0, 2), List.of(), List.of())),
                    List.of(), 1);
            String text = new SarifReport(base, RULES, "1.0.0").render(result);

            assertThat(text).contains("a\\u0001b\\\"c\\nd");
            assertThat(text.chars().filter(c -> c < 0x20 && c != '\n')).isEmpty();
        }
    }

    @Nested
    class Writing {

        @Test
        void writesUtf8AndCreatesParentDirectories() throws IOException {
            Path target = base.resolve("target/reports/redirect-lint.sarif");
            LintResult result = new LintResult(List.of(finding("non-get-302", Severity.WARNING,
                    "café \uD83D\uDE80", file("A.java"), new Region(1, 1, 1, 2, 0, 2), List.of(), List.of())),
                    List.of(), 1);

            new SarifReport(base, RULES, "0.1.0").write(result, target);

            String text = Files.readString(target, StandardCharsets.UTF_8);
            JsonObject sarifResult = run(JsonParser.parseString(text).getAsJsonObject())
                    .getAsJsonArray("results").get(0).getAsJsonObject();
            assertThat(sarifResult.getAsJsonObject("message").get("text").getAsString())
                    .isEqualTo("café \uD83D\uDE80");
            try (Stream<Path> files = Files.list(target.getParent())) {
                assertThat(files).as("no temporary file is left behind").containsExactly(target);
            }
        }

        @Test
        void replacesAnExistingLog() throws IOException {
            Path target = base.resolve("redirect-lint.sarif");
            Files.writeString(target, "old content that is not JSON");

            new SarifReport(base, RULES, "0.1.0").write(new LintResult(List.of(), List.of(), 0), target);

            assertThat(JsonParser.parseString(Files.readString(target)).getAsJsonObject().get("version")
                    .getAsString()).isEqualTo("2.1.0");
        }
    }
}
