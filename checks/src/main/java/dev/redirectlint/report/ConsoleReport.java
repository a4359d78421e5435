package dev.redirectlint.report;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Severity;

/**
 * The compiler-style text lines that build tools print for a {@link LintResult}. The formats are part
 * of redirect-lint's interface (scripts and integration tests match them), so change them with care.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    /** {@code path:[line,col] [rule-id] message}, the path as the engine was given it. */
    public static String line(Finding finding) {
        return ReportText.console(finding.file() + ":[" + finding.region().startLine() + ","
                + finding.region().startColumn() + "] [" + finding.ruleId() + "] ", ReportText.MAX_CONSOLE_MESSAGE)
                + ReportText.console(finding.message(), ReportText.MAX_CONSOLE_MESSAGE);
    }

    /**
     * Any text for a log line that comes from outside the tool (a path, a baseline entry, an exception's
     * message): on one line, with hidden characters shown as escapes, so that it can neither start a line of
     * its own (a forged {@code ::error} workflow command) nor send terminal commands.
     */
    public static String safe(String text) {
        return ReportText.console(String.valueOf(text), ReportText.MAX_CONSOLE_MESSAGE);
    }

    /** {@code path:[line,col] reason}, or {@code path: reason} when the error has no position. */
    public static String line(ProcessingError error) {
        return ReportText.console(error.describe(), 2 * ReportText.MAX_CONSOLE_MESSAGE);
    }

    /**
     * The one summary line, for example {@code redirect-lint: 3 findings (0 errors, 2 warnings, 1 info) in
     * 12 files; SARIF written to target/redirect-lint.sarif}.
     *
     * @param sarifLocation how to show where the SARIF log went, or {@code null} if none was written
     */
    public static String summary(LintResult result, String sarifLocation) {
        StringBuilder line = new StringBuilder("redirect-lint: ")
                .append(count(result.findings().size(), "finding", "findings"))
                .append(" (")
                .append(count(countOf(result, Severity.ERROR), "error", "errors")).append(", ")
                .append(count(countOf(result, Severity.WARNING), "warning", "warnings")).append(", ")
                .append(countOf(result, Severity.INFO)).append(" info")
                .append(") in ")
                .append(count(result.filesAnalyzed(), "file", "files"));
        if (!result.errors().isEmpty()) {
            line.append(", ").append(count(result.errors().size(), "file", "files")).append(" could not be analysed");
        }
        if (sarifLocation != null) {
            line.append("; SARIF written to ").append(sarifLocation);
        }
        return line.toString();
    }

    private static long countOf(LintResult result, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).count();
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
