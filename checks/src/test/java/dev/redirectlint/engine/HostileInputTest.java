package dev.redirectlint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.report.ConsoleReport;
import dev.redirectlint.report.SarifReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import dev.redirectlint.testing.UnprivilegedActions;
import dev.redirectlint.testing.UnprivilegedJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files a real source tree may hold that are not ordinary Java: each must become a processing error that
 * names the file and the reason, in the console and SARIF reports, while the other files are still
 * analysed and nothing escapes.
 */
class HostileInputTest {

    static final String CONTROLLER = """
            import org.springframework.stereotype.Controller;
            import org.springframework.web.bind.annotation.PostMapping;

            @Controller
            class Good {
                @PostMapping("/a")
                String a() {
                    return "redirect:/x";
                }
            }
            """;

    @TempDir
    Path dir;

    private final RedirectLint lint = new RedirectLint(LintConfig.builder().threads(2).build());

    /** Lints the hostile file with a good one and returns the hostile file's error. */
    private ProcessingError errorFor(Path hostile) throws IOException {
        return errorFor(lint, hostile);
    }

    private ProcessingError errorFor(RedirectLint engine, Path hostile) throws IOException {
        Path good = write("Good.java", CONTROLLER);
        LintResult result = engine.lintFiles(List.of(hostile, good));
        assertThat(result.findings()).as("the good file is still analysed").hasSize(1);
        assertThat(result.errors()).hasSize(1);
        ProcessingError error = result.errors().get(0);
        assertThat(error.file()).isEqualTo(hostile);
        assertThat(ConsoleReport.line(error)).startsWith(hostile.toString()).contains(error.reason());
        String sarif = new SarifReport(dir).render(result);
        assertThat(sarif).contains(hostile.getFileName().toString()).contains("\"executionSuccessful\": false");
        return error;
    }

    @Test
    void anEmptyFileIsAnalysedWithoutFindings() throws IOException {
        Path empty = write("Empty.java", "");
        Path blank = write("Blank.java", " \n\t\n");
        LintResult result = lint.lintFiles(List.of(empty, blank));
        assertThat(result.errors()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void aTruncatedFileIsASyntaxError() throws IOException {
        Path truncated = write("Truncated.java", CONTROLLER.substring(0, CONTROLLER.indexOf("return") + 8));
        assertThat(errorFor(truncated).reason()).startsWith("syntax error");
    }

    @Test
    void aBinaryFileIsRejectedBeforeParsing() throws IOException {
        Path binary = dir.resolve("Binary.java");
        Files.write(binary, new byte[] {'c', 'l', 'a', 's', 's', 0, 0, 1, 2, 3});
        assertThat(errorFor(binary).reason()).contains("not a text file").contains("NUL");
    }

    @Test
    void textInvalidInTheEncodingIsReported() throws IOException {
        Path latin1 = dir.resolve("Latin1.java");
        Files.write(latin1, "class Latin1 { String s = \"caf\u00e9\"; }".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(errorFor(latin1).reason()).contains("not valid UTF-8");
    }

    @Test
    void aFileLargerThanTheMaximumIsReportedNotSkipped() throws IOException {
        RedirectLint small = new RedirectLint(LintConfig.builder().maxFileSize(1000).build());
        Path big = write("Big.java", "class Big {}\n" + "// filler\n".repeat(200));
        assertThat(errorFor(small, big).reason()).contains("too large").contains("maxFileSize");
        assertThat(small.lintSource(big, Files.readString(big)).error()).get()
                .extracting(ProcessingError::reason).asString().contains("maxFileSize");
    }

    @Test
    void deeplyNestedParenthesesDoNotOverflowTheStack() throws IOException {
        int depth = 10_000;
        Path nested = write("Parens.java", "class Parens { int x = " + "(".repeat(depth) + "1" + ")".repeat(depth) + "; }");
        LintResult result = lint.lintFiles(List.of(nested));
        assertNoInternalError(result);
    }

    @Test
    void deeplyNestedLambdasDoNotOverflowTheStack() throws IOException {
        int depth = 10_000;
        Path nested = write("Lambdas.java", "class Lambdas { Object f = " + "a -> ".repeat(depth) + "1; }");
        assertNoInternalError(lint.lintFiles(List.of(nested)));
    }

    @Test
    void deeplyNestedBlocksInAHandlerDoNotOverflowTheStack() throws IOException {
        int depth = 10_000;
        Path nested = write("Blocks.java", CONTROLLER.replace("return \"redirect:/x\";",
                "{".repeat(depth) + "if (true) return \"redirect:/x\";" + "}".repeat(depth) + " return null;"));
        assertNoInternalError(lint.lintFiles(List.of(nested)));
    }

    @Test
    void aConcatenationOf50000TermsIsAnalysed() throws IOException {
        Path concat = write("Concat.java", CONTROLLER.replace("\"redirect:/x\"",
                "\"redirect:/x\"" + " + \"a\"".repeat(50_000)));
        LintResult result = lint.lintFiles(List.of(concat));
        assertNoInternalError(result);
    }

    @Test
    void aFileOverTheTimeLimitIsReportedAndDoesNotHoldUpTheOthers() throws IOException {
        RedirectLint hasty = new RedirectLint(LintConfig.builder().fileTimeout(Duration.ofMillis(1)).build());
        Path slow = write("Slow.java", CONTROLLER.replace("\"redirect:/x\"", "\"redirect:/x\"" + " + \"a\"".repeat(50_000)));
        LintResult result = hasty.lintFiles(List.of(slow));
        assertThat(result.errors()).singleElement().extracting(ProcessingError::reason).asString()
                .contains("time limit of 1 ms").contains("fileTimeout");
    }

    @Test
    void aSymbolicLinkLoopIsReported() throws IOException {
        Path loop = dir.resolve("Loop.java");
        Files.createSymbolicLink(loop, loop);
        assertThat(errorFor(loop).reason()).startsWith("cannot be read");
    }

    @Test
    void aBrokenSymbolicLinkIsReported() throws IOException {
        Path broken = dir.resolve("Broken.java");
        Files.createSymbolicLink(broken, dir.resolve("Missing.java"));
        assertThat(errorFor(broken).reason()).startsWith("cannot be read: no such file");
    }

    @Test
    void aDirectoryNamedLikeASourceIsReported() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("Dir.java"));
        assertThat(errorFor(directory).reason()).isEqualTo("cannot be read: it is a directory");
    }

    @Test
    void anUnreadableFileIsReported() throws Exception {
        // Root reads every file: the analysis runs as a user without privileges, whoever runs the tests.
        UnprivilegedJvm.openToOthers(dir);
        Path secret = write("Secret.java", CONTROLLER);
        Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("-w-------"));
        UnprivilegedJvm.Result result = UnprivilegedJvm.run(UnprivilegedActions.class, "lint", secret.toString());
        assertThat(result.output()).contains("error: cannot be read: permission denied", "findings: 0");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void lintSourceAppliesTheSameGuards() {
        FileResult binary = lint.lintSource(Path.of("B.java"), "class B {\0}");
        assertThat(binary.error()).get().extracting(ProcessingError::reason).asString().contains("NUL");
        String deep = "class D { int x = " + "(".repeat(10_000) + "1" + ")".repeat(10_000) + "; }";
        FileResult nested = lint.lintSource(Path.of("D.java"), deep);
        assertThat(nested.error().map(ProcessingError::reason).orElse("")).doesNotContain("internal error");
    }

    static void assertNoInternalError(LintResult result) {
        List<String> reasons = new ArrayList<>();
        result.errors().forEach(error -> reasons.add(error.reason()));
        assertThat(reasons).noneMatch(reason -> reason.contains("internal error") || reason.contains("stack overflow"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
