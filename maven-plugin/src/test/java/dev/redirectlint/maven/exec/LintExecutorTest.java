package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.redirectlint.report.ConsoleReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintExecutorTest {

    /** Records every line with its level, as "LEVEL line". */
    static final class RecordingLog implements LintLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void debug(String line) {
            lines.add("DEBUG " + line);
        }

        @Override
        public void info(String line) {
            lines.add("INFO " + line);
        }

        @Override
        public void warn(String line) {
            lines.add("WARN " + line);
        }

        @Override
        public void error(String line) {
            lines.add("ERROR " + line);
        }
    }

    @TempDir
    Path project;

    private final RecordingLog log = new RecordingLog();

    private LintRequest.Builder request() {
        return LintRequest.builder()
                .sourceRoots(List.of(project.resolve("src/main/java")))
                .encoding("UTF-8")
                .sarifFile(project.resolve("target/redirect-lint.sarif"))
                .projectDirectory(project);
    }

    @Test
    void theXmlUnderTheResourceRootsAndTheFilesTheHomesNameAreRead() throws IOException {
        write("src/main/resources/spring/web.xml", "<beans/>");
        write("src/main/resources/messages.properties", "a=b");
        write("conf/routes", "GET / controllers.Home.index()");

        List<Path> config = LintExecutor.configFiles(request().resourceRoots(List.of(project.resolve("src/main/resources")))
                .build());

        assertThat(config).containsExactlyInAnyOrder(project.resolve("src/main/resources/spring/web.xml"),
                project.resolve("conf/routes"));
    }

    /**
     * The files that may be Vert.x's OpenAPI contracts: YAML and JSON under the resources, YAML and
     * {@code openapi*.json} at the module's top and in {@code docs}; not package.json, nor the test resources.
     */
    @Test
    void theCandidateOpenApiContractsAreRead() throws IOException {
        for (String file : List.of("src/main/resources/petstore.yaml", "src/main/resources/webroot/openapi.yml",
                "src/main/resources/openapi/api.json", "openapi.yaml", "openapi-v2.json", "package.json",
                "docs/api.yaml", "docs/openapi.json", "docs/more/api.yaml", "src/test/resources/openapi.yaml",
                "target/classes/petstore.yaml")) {
            write(file, "openapi: 3.0.0");
        }

        List<Path> config = LintExecutor.configFiles(request().resourceRoots(List.of(project.resolve("src/main/resources")))
                .build());

        assertThat(config).containsExactlyInAnyOrder(project.resolve("src/main/resources/petstore.yaml"),
                project.resolve("src/main/resources/webroot/openapi.yml"), project.resolve("src/main/resources/openapi/api.json"),
                project.resolve("openapi.yaml"), project.resolve("openapi-v2.json"), project.resolve("docs/api.yaml"),
                project.resolve("docs/openapi.json"));
    }

    /** Faces' views, under the document root and a jar's resources, reach the engine too; other XHTML does not. */
    @Test
    void theFacesViewsAreReadWithTheResourcesXml() throws IOException {
        for (String file : List.of("src/main/resources/beans.xml", "src/main/resources/notes.txt",
                "src/main/webapp/index.xhtml", "src/main/webapp/WEB-INF/templates/page.xhtml",
                "src/main/resources/META-INF/resources/components/submit.xhtml", "WebContent/list.xhtml",
                "docs/page.xhtml")) {
            write(file, "<x/>");
        }

        List<Path> config = LintExecutor.configFiles(request().resourceRoots(List.of(project.resolve("src/main/resources")))
                .build());

        assertThat(config).containsExactlyInAnyOrder(project.resolve("src/main/resources/beans.xml"),
                project.resolve("src/main/webapp/index.xhtml"), project.resolve("src/main/webapp/WEB-INF/templates/page.xhtml"),
                project.resolve("src/main/resources/META-INF/resources/components/submit.xhtml"),
                project.resolve("WebContent/list.xhtml"));
    }

    private void write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void rejectsAnUnknownRuleIdBeforeAnalysing() {
        assertThatThrownBy(() -> new LintExecutor(log).execute(request().rules(List.of("non-get-999")).build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'non-get-999'")
                .hasMessageContaining("(redirect-lint.rules)")
                .hasMessageContaining("non-get-302");
        assertThatThrownBy(() -> new LintExecutor(log).execute(
                request().disabledRules(List.of("nope")).build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'nope'");
        assertThat(project.resolve("target/redirect-lint.sarif")).doesNotExist();
    }

    @Test
    void rejectsABadTimeLimitOrSizeBeforeAnalysing() {
        assertThatThrownBy(() -> new LintExecutor(log).execute(request().fileTimeout("soon").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("redirect-lint.fileTimeout").hasMessageContaining("'soon'");
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().fileTimeout("0s").build()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("fileTimeout");
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().maxFileSize("huge").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("redirect-lint.maxFileSize").hasMessageContaining("'huge'");
        // Out of range, not an overflow: every numeric setting names its range, its parameter and its property.
        for (String timeout : List.of("99999999999999999999s", "9999999999m", "25h", "1441min")) {
            assertThatThrownBy(() -> new LintExecutor(log).validate(request().fileTimeout(timeout).build()))
                    .as(timeout).isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("fileTimeout (redirect-lint.fileTimeout) must be");
        }
        for (String size : List.of("99999999999999999999", "9999999999GB", "3GB", "0")) {
            assertThatThrownBy(() -> new LintExecutor(log).validate(request().maxFileSize(size).build()))
                    .as(size).isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("maxFileSize (redirect-lint.maxFileSize) must be a size from 1 byte to 2GB");
        }
        assertThat(project.resolve("target/redirect-lint.sarif")).doesNotExist();
    }

    @Test
    void readsTimeLimitsAndSizes() throws InvalidSettingException {
        LintExecutor.Settings settings = new LintExecutor(log).validate(
                request().fileTimeout("500ms").maxFileSize("512KB").build());
        assertThat(settings.config().fileTimeout()).isEqualTo(java.time.Duration.ofMillis(500));
        assertThat(settings.config().maxFileSize()).isEqualTo(512 * 1024);
        assertThat(LintExecutor.parseDuration("2m")).isEqualTo(java.time.Duration.ofMinutes(2));
        assertThat(LintExecutor.parseDuration("90")).isEqualTo(java.time.Duration.ofSeconds(90));
        assertThat(LintExecutor.parseSize("4MB")).isEqualTo(4L * 1024 * 1024);
        assertThat(LintExecutor.parseSize("1000")).isEqualTo(1000);
    }

    @Test
    void rejectsPatternsThatCanNeverMatch() {
        for (String pattern : List.of("/abs/**/*.java", "../other/**", "a/../../b", "C:\\src\\*.java")) {
            assertThatThrownBy(() -> new LintExecutor(log).validate(request().includes(List.of(pattern)).build()))
                    .as(pattern).isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("redirect-lint.includes");
        }
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().excludes(List.of("/x")).build()))
                .isInstanceOf(InvalidSettingException.class).hasMessageContaining("redirect-lint.excludes");
    }

    @Test
    void warnsAboutAnIncludePatternThatSelectsNoFile() throws Exception {
        write("src/main/java/shop/Good.java", "package shop; class Good {}");
        new LintExecutor(log).execute(request().includes(List.of("**/*.java", "shop/**/*.jav", "web/**")).build());
        assertThat(log.lines).contains(
                "WARN redirect-lint: includes (redirect-lint.includes): the pattern 'shop/**/*.jav' selects no file under ["
                        + project.resolve("src/main/java") + "]",
                "WARN redirect-lint: includes (redirect-lint.includes): the pattern 'web/**' selects no file under ["
                        + project.resolve("src/main/java") + "]");
        assertThat(log.lines).noneMatch(l -> l.contains("'**/*.java' selects no file"));
    }

    @Test
    void warnsAboutAnExcludePatternThatRemovesNoFile() throws Exception {
        write("src/main/java/shop/Good.java", "package shop; class Good {}");
        write("src/main/java/shop/generated/Made.java", "package shop.generated; class Made {}");
        new LintExecutor(log).execute(request().excludes(List.of("**/generated/**", "**/generatd/**")).build());
        assertThat(log.lines).contains(
                "WARN redirect-lint: excludes (redirect-lint.excludes): the pattern '**/generatd/**' removes no file"
                        + " under [" + project.resolve("src/main/java") + "]");
        assertThat(log.lines).noneMatch(l -> l.contains("'**/generated/**' removes no file"));
    }

    @Test
    void aFileReachedThroughALinkedDirectoryIsReportedAtItsRealPath() throws Exception {
        write("src/main/java/shop/OrderController.java", """
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController {
                    @PostMapping("/orders") String create() { return "redirect:/orders"; }
                }
                """);
        // "aaa" sorts first: the link is met before the real directory, whatever the listing order.
        Files.createSymbolicLink(project.resolve("src/main/java/aaa-docs"), project.resolve("src/main/java/shop"));
        LintOutcome outcome = new LintExecutor(log).execute(request().build());
        assertThat(outcome.result().findings()).singleElement().satisfies(finding -> assertThat(finding.file())
                .isEqualTo(project.resolve("src/main/java/shop/OrderController.java").toAbsolutePath().normalize()));
    }

    @Test
    void aDirectoryLinkLoopDoesNotHangTheScan() throws Exception {
        write("src/main/java/shop/Good.java", "package shop; class Good {}");
        Files.createSymbolicLink(project.resolve("src/main/java/shop/loop"), project.resolve("src/main/java/shop"));
        Path self = project.resolve("src/main/java/shop/Self.java");
        Files.createSymbolicLink(self, self);
        LintOutcome outcome = new LintExecutor(log).execute(request().build());
        // The scanner lists neither the looping link nor the files under the loop twice.
        assertThat(outcome.result().filesAnalyzed()).isEqualTo(1);
        assertThat(outcome.result().errors()).isEmpty();
    }

    @Test
    void rejectsABadSeverity() {
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().failOnSeverity("fatal").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("redirect-lint.failOnSeverity")
                .hasMessageContaining("'fatal'")
                .hasMessageContaining("error, warning, info");
    }

    @Test
    void rejectsABadStatus() {
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().preferredStatus("see-other").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("303")
                .hasMessageContaining("'see-other'");
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().preferredStatus("302").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("preferredStatus (redirect-lint.preferredStatus)")
                .hasMessageContaining("'302'");
    }

    @Test
    void rejectsAnUnknownEncoding() {
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().encoding("UTF-9").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'UTF-9'");
        assertThatThrownBy(() -> new LintExecutor(log).validate(request().encoding("not a charset!").build()))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageContaining("'not a charset!'");
    }

    @Test
    void warnsAndUsesUtf8WhenNoEncodingIsSet() throws InvalidSettingException {
        LintExecutor.Settings settings = new LintExecutor(log).validate(request().encoding(null).build());

        assertThat(settings.config().encoding().name()).isEqualTo("UTF-8");
        assertThat(log.lines).anyMatch(line -> line.startsWith("WARN File encoding has not been set"));
    }

    @Test
    void writesAnEmptySarifLogWhenThereIsNothingToAnalyse() throws Exception {
        LintOutcome outcome = new LintExecutor(log).execute(request().build());

        assertThat(outcome.result().filesAnalyzed()).isZero();
        assertThat(outcome.failureMessage()).isEmpty();
        assertThat(log.lines).contains("INFO redirect-lint: 0 findings (0 errors, 0 warnings, 0 info) in 0 files; "
                + "SARIF written to " + Path.of("target", "redirect-lint.sarif"));
        JsonObject sarif = JsonParser.parseString(Files.readString(project.resolve("target/redirect-lint.sarif")))
                .getAsJsonObject();
        assertThat(sarif.get("version").getAsString()).isEqualTo("2.1.0");
    }

    @Test
    void logsFindingsAndErrorsAtTheirLevelAndWritesSarif() throws Exception {
        write("src/main/java/shop/OrderController.java", """
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                public class OrderController {
                    @PostMapping("/orders")
                    public String create() {
                        return "redirect:/orders";
                    }
                }
                """);
        write("src/main/java/shop/Broken.java", "package shop;\nclass Broken {\n  void x( {\n}\n");

        LintOutcome outcome = new LintExecutor(log).execute(request().build());

        Path controller = project.resolve("src/main/java/shop/OrderController.java");
        assertThat(outcome.result().filesAnalyzed()).isEqualTo(2);
        assertThat(log.lines).contains("WARN src/main/java/shop/OrderController.java:[10,16] [non-get-302]"
                + " OrderController#create (POST) answers 302 via a \"redirect:\" view name; fix: Annotate the handler"
                + " with @ResponseStatus(HttpStatus.SEE_OTHER)");
        assertThat(log.lines).allMatch(line -> !line.contains("[non-get-302]")
                || line.substring(line.indexOf("[non-get-302]")).length() <= ConsoleReport.SHORT_LINE);
        assertThat(log.lines).anyMatch(line -> line.startsWith("ERROR src/main/java/shop/Broken.java:["));
        assertThat(log.lines.get(log.lines.size() - 1)).startsWith("INFO redirect-lint: 1 finding (0 errors, 1 warning,"
                + " 0 info) in 2 files, 1 file could not be analysed; SARIF written to ");
        assertThat(outcome.failureMessage()).hasValueSatisfying(message -> assertThat(message)
                .contains("redirect-lint found 1 finding(s) at severity warning or above. What next:\n"
                        + "  mvn redirect-lint:fix        rewrites all 1 of them (-Dredirect-lint.dryRun=true shows the"
                        + " patch first)\n"
                        + "  mvn redirect-lint:baseline   accepts the findings there are now: only new ones fail the build\n"
                        + "  -Dredirect-lint.verbose=true explains each finding and both ways to fix it")
                .contains("Broken.java"));
        JsonObject run = JsonParser.parseString(Files.readString(project.resolve("target/redirect-lint.sarif")))
                .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertThat(result.get("ruleId").getAsString()).isEqualTo("non-get-302");
        assertThat(result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation")
                .getAsJsonObject("artifactLocation").get("uri").getAsString())
                .isEqualTo("src/main/java/shop/OrderController.java");
    }

    @Test
    void showsASarifFileOutsideTheProjectAsAnAbsolutePath(@TempDir Path elsewhere) {
        assertThat(LintExecutor.display(project, project.resolve("target/a.sarif")))
                .isEqualTo(Path.of("target", "a.sarif").toString());
        assertThat(LintExecutor.display(project, elsewhere.resolve("a.sarif")))
                .isEqualTo(elsewhere.resolve("a.sarif").toString());
    }
}
