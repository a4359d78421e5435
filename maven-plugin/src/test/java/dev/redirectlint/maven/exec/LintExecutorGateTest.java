package dev.redirectlint.maven.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.redirectlint.baseline.Baseline;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull-request gates of the executor: report formats, annotations, baseline and changed code. */
class LintExecutorGateTest {

    private static final String CONTROLLER = """
            package shop;

            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class OrderController {
                @PostMapping("/orders")
                String create() {
                    return "redirect:/orders";
                }

                @PostMapping("/cancel")
                String cancel() {
                    return "redirect:/cancelled";
                }
            }
            """;

    @TempDir
    Path project;

    private final LintExecutorTest.RecordingLog log = new LintExecutorTest.RecordingLog();
    private final List<String> stdout = new ArrayList<>();

    private LintExecutor executor() {
        return new LintExecutor(log, stdout::add);
    }

    private LintRequest.Builder request() {
        return LintRequest.builder()
                .sourceRoots(List.of(project.resolve("src/main/java")))
                .encoding("UTF-8")
                .sarifFile(project.resolve("target/redirect-lint.sarif"))
                .projectDirectory(project);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private JsonObject sarifRun() throws IOException {
        return JsonParser.parseString(Files.readString(project.resolve("target/redirect-lint.sarif")))
                .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private String summary() {
        return log.lines.stream().filter(l -> l.startsWith("INFO redirect-lint: ") || l.startsWith("INFO redirect-lint ("))
                .reduce((a, b) -> b).orElseThrow();
    }

    @Nested
    class Formats {

        @Test
        void writesCheckstyleXmlBesideSarifWhenAsked() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            executor().execute(request().formats(List.of("sarif,checkstyle")).build());

            String xml = Files.readString(project.resolve("target/redirect-lint-checkstyle.xml"), StandardCharsets.UTF_8);
            assertThat(xml).contains("<checkstyle version=").contains("source=\"redirect-lint.non-get-302\"");
            assertThat(project.resolve("target/redirect-lint.sarif")).exists();
            assertThat(summary()).endsWith("; SARIF written to target/redirect-lint.sarif; Checkstyle XML written to"
                    + " target/redirect-lint-checkstyle.xml");
        }

        @Test
        void writesOnlyTheFormatsAsked() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            executor().execute(request().formats(List.of("checkstyle")).checkstyleFile(project.resolve("cs.xml")).build());

            assertThat(project.resolve("cs.xml")).exists();
            assertThat(project.resolve("target/redirect-lint.sarif")).doesNotExist();
        }

        @Test
        void rejectsAnUnknownFormat() {
            assertThatThrownBy(() -> executor().execute(request().formats(List.of("sarif", "pmd")).build()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessage("formats (redirect-lint.formats): unknown format 'pmd'; use one or more of: sarif,"
                            + " checkstyle");
        }

        @Test
        void givesEachModuleItsOwnAnalysisCategory() {
            LintRequest module = request().sarifBaseDirectory(project.getParent()).build();
            LintRequest top = request().sarifBaseDirectory(project).build();

            assertThat(LintExecutor.automationId(module)).isEqualTo("redirect-lint/" + project.getFileName() + "/");
            assertThat(LintExecutor.automationId(top)).isEqualTo("redirect-lint/");
        }
    }

    @Nested
    class Annotations {

        @Test
        void printsWorkflowCommandsWithOutputFormatGithub() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            executor().execute(request().outputFormat("github").build());

            assertThat(stdout).hasSize(2).allMatch(line -> line.startsWith(
                    "::warning file=src/main/java/shop/OrderController.java,line="));
            assertThat(stdout.get(0)).contains(",title=redirect-lint non-get-302::OrderController#create accepts POST");
        }

        @Test
        void printsThemUnderGithubActionsUnlessPlainIsAsked() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            executor().execute(request().githubActions(true).build());
            int underActions = stdout.size();
            stdout.clear();
            executor().execute(request().githubActions(true).outputFormat("plain").build());

            assertThat(underActions).isEqualTo(2);
            assertThat(stdout).isEmpty();
        }

        @Test
        void printsNothingOutsideGithubActions() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            executor().execute(request().build());

            assertThat(stdout).isEmpty();
        }

        @Test
        void leavesTheAnnotationsOfAModuleToTheBuildsAccount() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);
            List<ModuleRun> runs = new ArrayList<>();

            executor().execute(request().outputFormat("github").module("shop").moduleRuns(runs::add).build());

            assertThat(stdout).isEmpty();
            assertThat(runs).singleElement().satisfies(run -> {
                assertThat(run.goal()).isEqualTo("check");
                assertThat(run.module()).isEqualTo("shop");
                assertThat(run.summary()).isEqualTo("2 findings (0 errors, 2 warnings, 0 info) in 1 file");
                assertThat(run.reported().findings()).hasSize(2);
                assertThat(run.annotationDirectory()).isEqualTo(project);
            });
            assertThat(summary()).isEqualTo("INFO redirect-lint (shop): 2 findings (0 errors, 2 warnings, 0 info) in 1"
                    + " file; SARIF written to target/redirect-lint.sarif");
        }

        @Test
        void rejectsAnUnknownOutputFormat() {
            assertThatThrownBy(() -> executor().execute(request().outputFormat("gitlab").build()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("unknown output format 'gitlab'; use plain or github");
        }
    }

    @Nested
    class WithABaseline {

        private Path baselineFile() {
            return project.resolve(Baseline.DEFAULT_FILE_NAME);
        }

        @Test
        void writesTheBaselineOfEveryFinding() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            Baseline baseline = executor().writeBaseline(request().baseline(baselineFile(), false).build());

            assertThat(baseline.size()).isEqualTo(2);
            assertThat(Files.readString(baselineFile())).contains("\"handler\": \"OrderController#cancel()\"");
            assertThat(log.lines).contains("INFO redirect-lint: baseline of 2 findings (2 entries) in 1 file written to "
                    + Baseline.DEFAULT_FILE_NAME);
        }

        @Test
        void passesOnKnownFindingsFailsOnNewOnesAndListsFixedOnes() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);
            executor().writeBaseline(request().baseline(baselineFile(), false).build());
            log.lines.clear();
            write("src/main/java/shop/OrderController.java", CONTROLLER
                    .replace("class OrderController {\n", "class OrderController {\n    // moved down\n\n")
                    .replace("return \"redirect:/cancelled\";", "return \"cancelled\";")
                    .replace("    }\n}\n", """
                        }

                        @PostMapping("/pay")
                        String pay() {
                            return "redirect:/paid";
                        }
                    }
                    """));

            LintOutcome outcome = executor().execute(request().baseline(baselineFile(), false).build());

            assertThat(outcome.result().findings()).extracting(f -> f.handler()).containsExactly("OrderController#pay");
            assertThat(outcome.failureMessage()).hasValueSatisfying(m -> m.contains("1 finding(s)"));
            assertThat(log.lines).filteredOn(l -> l.startsWith("WARN ")).hasSize(1)
                    .allMatch(l -> l.contains("OrderController#pay"));
            assertThat(log.lines).anyMatch(l -> l.startsWith("DEBUG (baselined) ") && l.contains("OrderController#create"));
            assertThat(log.lines).contains("INFO redirect-lint: 1 baseline entry no longer matches a finding (fixed, or"
                    + " changed); run mvn redirect-lint:baseline to drop it from " + Baseline.DEFAULT_FILE_NAME + ":");
            assertThat(log.lines).anyMatch(l -> l.startsWith("INFO   src/main/java/shop/OrderController.java:"
                    + " [non-get-302] OrderController#cancel() \"redirect:/cancelled\""));
            assertThat(summary()).isEqualTo("INFO redirect-lint: 1 finding (0 errors, 1 warning, 0 info) in 1 file;"
                    + " 1 baselined, 1 baseline entry no longer matches; SARIF written to target/redirect-lint.sarif");

            JsonArray results = sarifRun().getAsJsonArray("results");
            assertThat(results).hasSize(2);
            assertThat(results.get(0).getAsJsonObject().get("baselineState").getAsString()).isEqualTo("unchanged");
            assertThat(results.get(1).getAsJsonObject().get("baselineState").getAsString()).isEqualTo("new");
        }

        @Test
        void sharesOneBaselineBetweenTheModulesOfAReactor() throws Exception {
            write("a/src/main/java/shop/OrderController.java", CONTROLLER);
            write("b/src/main/java/shop/Payments.java", CONTROLLER.replace("OrderController", "Payments"));
            executor().writeBaseline(module("a").build());
            executor().writeBaseline(module("b").build());
            assertThat(Baseline.read(baselineFile()).entries()).extracting(Baseline.Entry::file).containsExactly(
                    "a/src/main/java/shop/OrderController.java", "a/src/main/java/shop/OrderController.java",
                    "b/src/main/java/shop/Payments.java", "b/src/main/java/shop/Payments.java");
            assertThat(log.lines).contains("INFO redirect-lint (b): baseline of 2 findings (2 entries) in 1 file, with the"
                    + " other modules' 2; 4 findings in all written to " + Baseline.DEFAULT_FILE_NAME);

            // a module run again replaces its own entries only
            write("a/src/main/java/shop/OrderController.java", CONTROLLER.replace("return \"redirect:/cancelled\";",
                    "return \"cancelled\";"));
            executor().writeBaseline(module("a").build());
            assertThat(Baseline.read(baselineFile()).entries()).extracting(Baseline.Entry::handler).containsExactly(
                    "OrderController#create()", "Payments#cancel()", "Payments#create()");

            // and its check calls none of the other module's entries absent
            log.lines.clear();
            LintOutcome outcome = executor().execute(module("a").build());
            assertThat(outcome.result().findings()).isEmpty();
            assertThat(log.lines).noneMatch(l -> l.contains("no longer match"));
        }

        /** A module of a reactor rooted at the test's directory, which holds the shared baseline. */
        private LintRequest.Builder module(String name) {
            return LintRequest.builder()
                    .sourceRoots(List.of(project.resolve(name + "/src/main/java")))
                    .encoding("UTF-8")
                    .sarifFile(project.resolve(name + "/target/redirect-lint.sarif"))
                    .projectDirectory(project.resolve(name))
                    .consoleDirectory(project)
                    .module(name)
                    .baseline(baselineFile(), false);
        }

        @Test
        void ignoresAMissingDefaultBaselineButNotAConfiguredOne() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            LintOutcome outcome = executor().execute(request().baseline(baselineFile(), false).build());

            assertThat(outcome.result().findings()).hasSize(2);
            assertThat(sarifRun().getAsJsonArray("results").get(0).getAsJsonObject().has("baselineState")).isFalse();
            assertThatThrownBy(() -> executor().execute(request().baseline(baselineFile(), true).build()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageContaining("does not exist; create it with mvn redirect-lint:baseline");
        }

        @Test
        void refusesABrokenBaseline() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);
            Files.writeString(baselineFile(), "{ broken");

            assertThatThrownBy(() -> executor().execute(request().baseline(baselineFile(), false).build()))
                    .isInstanceOf(InvalidSettingException.class)
                    .hasMessageStartingWith("baseline (redirect-lint.baseline): ")
                    .hasMessageContaining("is not a valid redirect-lint baseline");
        }
    }

    @Nested
    class OnlyChangedCode {

        private void git(String... arguments) throws Exception {
            List<String> command = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c",
                    "user.email=t@example.com", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(out).isZero();
        }

        @Test
        void reportsOnlyFindingsInChangedHandlersAndNewFiles() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);
            write("src/main/java/shop/Untouched.java", CONTROLLER.replace("OrderController", "Untouched"));
            git("init", "-q");
            git("add", ".");
            git("commit", "-q", "-m", "base");
            write("src/main/java/shop/OrderController.java", CONTROLLER.replace("@PostMapping(\"/cancel\")",
                    "@PostMapping(\"/cancel-order\")"));
            write("src/main/java/shop/Fresh.java", CONTROLLER.replace("OrderController", "Fresh"));

            LintOutcome outcome = executor().execute(request().changedSince("HEAD").build());

            assertThat(outcome.result().findings()).extracting(f -> f.handler())
                    .containsExactly("Fresh#create", "Fresh#cancel", "OrderController#cancel");
            assertThat(summary()).isEqualTo("INFO redirect-lint: 3 findings (0 errors, 3 warnings, 0 info) in 2 files;"
                    + " only code changed since HEAD: 2 of 3 files analysed, 1 finding outside the changed lines;"
                    + " SARIF written to target/redirect-lint.sarif");
            assertThat(sarifRun().getAsJsonArray("results")).hasSize(3);
        }

        @Test
        void failsOutsideAGitRepository() throws Exception {
            write("src/main/java/shop/OrderController.java", CONTROLLER);

            assertThatThrownBy(() -> executor().execute(request().changedSince("origin/main").build()))
                    .isInstanceOf(ChangedCodeException.class)
                    .hasMessageContaining("is not in a git repository");
            assertThat(project.resolve("target/redirect-lint.sarif")).doesNotExist();
        }
    }
}
