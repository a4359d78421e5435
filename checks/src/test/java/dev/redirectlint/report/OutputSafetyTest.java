package dev.redirectlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Region;
import dev.redirectlint.api.Severity;
import dev.redirectlint.engine.FileResult;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Text from analysed sources reaches every report intact where it can, escaped where it must be. */
class OutputSafetyTest {

    /** Quotes, a CDATA end, backslashes, control characters (a terminal escape), a non-BMP character. */
    private static final String ODD = "\"q\" 'a' ]]> <x/> & \\ \u001b[31mred\n[ERROR] forged\r\t\u0000 \uD83D\uDE00 \u2028";

    @TempDir
    Path dir;

    private static Finding finding(String message, Path file) {
        return new Finding("non-get-302", Severity.WARNING, message, file, new Region(1, 1, 1, 2, 0, 1),
                "C#" + message, message, List.of(), List.of());
    }

    @Test
    void aConsoleLineStaysOneLineWithControlCharactersEscaped() {
        String line = ConsoleReport.line(finding(ODD, Path.of("C.java")));
        assertThat(line).doesNotContain("\n", "\r", "\u001b", "\u0000", "\u2028")
                .contains("\\n[ERROR] forged", "\\u001B[31mred", "\\u0000", "]]>", "\"q\"", "\uD83D\uDE00");
        String error = ConsoleReport.line(new ProcessingError(Path.of("odd\nname.java"), 0, 0, "bad\rreason"));
        assertThat(error).isEqualTo("odd\\nname.java: bad\\rreason");
    }

    @Test
    void aHugeMessageIsCutOnTheConsoleButKeptInSarif() {
        String huge = "x".repeat(1_000_000);
        String line = ConsoleReport.line(finding(huge, Path.of("C.java")));
        assertThat(line.length()).isLessThan(ReportText.MAX_CONSOLE_MESSAGE + 100);
        assertThat(line).endsWith("more characters)");
        String sarif = new SarifReport(dir).render(new LintResult(List.of(finding(huge, Path.of("C.java"))), List.of(), 1));
        assertThat(sarif).contains(huge);
    }

    @Test
    void sarifRoundTripsOddTextExactly() throws IOException {
        Path target = dir.resolve("out/report.sarif");
        LintResult result = new LintResult(List.of(finding(ODD, dir.resolve("C.java"))),
                List.of(new ProcessingError(dir.resolve("odd ]]> \"name\".java"), 1, 1, ODD)), 2);
        new SarifReport(dir).write(result, target);
        JsonObject run = JsonParser.parseString(Files.readString(target, StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject();
        JsonObject sarifResult = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertThat(sarifResult.getAsJsonObject("message").get("text").getAsString()).isEqualTo(ODD);
        assertThat(sarifResult.getAsJsonObject("properties").get("mechanism").getAsString()).isEqualTo(ODD);
        JsonObject notification = run.getAsJsonArray("invocations").get(0).getAsJsonObject()
                .getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
        assertThat(notification.getAsJsonObject("message").get("text").getAsString()).isEqualTo(ODD);
        assertThat(Files.readString(target)).doesNotContain("\u001b", "\u0000");
    }

    @Test
    void halfACharacterDoesNotBreakTheReports() throws IOException {
        String half = "cut \uD83D";
        LintResult result = new LintResult(List.of(finding(half, dir.resolve("C.java"))), List.of(), 1);
        Path target = dir.resolve("report.sarif");
        new SarifReport(dir).write(result, target);
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("cut \uFFFD");
        assertThat(ConsoleReport.line(result.findings().get(0))).endsWith("cut \uFFFD");
    }

    @Test
    void viewNamesFromTheSourceAreEscapedEndToEnd() throws IOException {
        String source = """
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class C {
                    @PostMapping("/a")
                    String a() {
                        return "redirect:/a]]>\\"\\n" + "\\u001b\\u0007";
                    }
                }
                """;
        FileResult fileResult = new RedirectLint(LintConfig.defaults()).lintSource(dir.resolve("C.java"), source);
        assertThat(fileResult.error()).isEmpty();
        LintResult result = new LintResult(fileResult.findings(), List.of(), 1);
        assertThat(result.findings()).isNotEmpty();
        Path target = dir.resolve("report.sarif");
        new SarifReport(dir).write(result, target);
        JsonObject sarif = JsonParser.parseString(Files.readString(target)).getAsJsonObject();
        String message = sarif.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").get(0)
                .getAsJsonObject().getAsJsonObject("message").get("text").getAsString();
        assertThat(message).isEqualTo(result.findings().get(0).message());
        result.findings().forEach(f -> assertThat(ConsoleReport.line(f)).doesNotContain("\n"));
    }
}
