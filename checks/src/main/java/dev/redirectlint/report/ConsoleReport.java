package dev.redirectlint.report;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Severity;
import java.util.List;

/**
 * The compiler-style text lines that build tools print for a {@link LintResult}. The formats are part
 * of redirect-lint's interface (scripts and integration tests match them), so change them with care.
 */
public final class ConsoleReport {

    private ConsoleReport() {}

    /**
     * The longest short finding line after its location (a terminal's width and a half; the whole message is
     * in SARIF). The path is not counted: it is kept whole, so that a terminal or an IDE can open it.
     */
    public static final int SHORT_LINE = 160;

    /**
     * One short line per finding: {@code path:[line,col] [rule-id] Class#method (POST) answers 302 via <what>;
     * fix: <the preferred fix>}, at most {@value #SHORT_LINE} characters from the rule id on. The path is
     * relative to {@code base} when the file is under it.
     */
    public static String shortLine(Finding finding, java.nio.file.Path base) {
        String location = relative(finding.file(), base) + ":[" + finding.region().startLine() + ","
                + finding.region().startColumn() + "] ";
        String where = "[" + finding.ruleId() + "] ";
        List<String> args = finding.messageArgs();
        String methods = args.size() > 1 && !finding.ruleId().equals("any-method-302") ? " (" + args.get(1) + ")"
                : " (any method)";
        boolean noLocation = finding.ruleId().equals("redirect-without-location");
        String status = noLocation ? (args.size() > 3 ? args.get(3) : "a redirect") + " without a Location header"
                : finding.ruleId().endsWith("301") ? "301" : "302";
        String mechanism = finding.mechanism() == null ? "" : finding.mechanism();
        String fix = !finding.fixes().isEmpty() ? finding.fixes().get(0).description()
                : args.size() > (noLocation ? 4 : 3) ? args.get(noLocation ? 4 : 3) : "see the rule's documentation";
        String head = finding.handler() + methods + " answers " + status;
        String tail = "; fix: " + firstClause(fix);
        int room = Math.max(40, SHORT_LINE - where.length());
        // What produces the status goes first when there is no room: the fix is what the line is for.
        String shown = ReportText.console(head + " via " + firstClause(mechanism) + tail, ReportText.MAX_CONSOLE_MESSAGE);
        if (shown.length() > room) {
            shown = ReportText.console(head + tail, ReportText.MAX_CONSOLE_MESSAGE);
        }
        if (shown.length() > room) {
            shown = shown.substring(0, room - 1) + "\u2026";
        }
        return ReportText.console(location, ReportText.MAX_CONSOLE_MESSAGE) + where + shown;
    }

    /** The text before its first parenthesised aside: "use X (303 See Other: ...)" gives "use X". */
    private static String firstClause(String text) {
        int aside = text.indexOf(" (");
        return aside > 0 ? text.substring(0, aside) : text;
    }

    /**
     * A path as the console shows it: relative to {@code base} (where the build started) when under it, else
     * absolute; with no base, as given.
     */
    public static String relative(java.nio.file.Path file, java.nio.file.Path base) {
        if (base == null) {
            return file.toString();
        }
        java.nio.file.Path absolute = file.toAbsolutePath().normalize();
        java.nio.file.Path root = base.toAbsolutePath().normalize();
        return absolute.startsWith(root) && !absolute.equals(root) ? root.relativize(absolute).toString()
                : absolute.toString();
    }

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

    /** As {@link #line(ProcessingError)}, with the path relative to {@code base} when the file is under it. */
    public static String line(ProcessingError error, java.nio.file.Path base) {
        return line(new ProcessingError(java.nio.file.Path.of(relative(error.file(), base)), error.line(), error.column(),
                error.reason()));
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
        StringBuilder line = new StringBuilder("redirect-lint: ").append(counts(result));
        if (sarifLocation != null) {
            line.append("; SARIF written to ").append(sarifLocation);
        }
        return line.toString();
    }

    /** {@code 3 findings (0 errors, 3 warnings, 0 info) in 12 files}, and the files that could not be analysed. */
    public static String counts(LintResult result) {
        StringBuilder line = new StringBuilder()
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
        return line.toString();
    }

    private static long countOf(LintResult result, Severity severity) {
        return result.findings().stream().filter(f -> f.severity() == severity).count();
    }

    static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
