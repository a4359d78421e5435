package dev.redirectlint.maven.exec;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.Severity;
import dev.redirectlint.report.ConsoleReport;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The result of one run and the failure policy applied to it.
 *
 * @param result what the engine found
 * @param failOnSeverity the least severity that counts as a violation
 * @param failOnViolation whether violations fail the build
 * @param failOnError whether files that could not be analysed fail the build
 * @param sarifFile where the SARIF log was written
 * @param consoleDirectory what paths in messages are shown relative to (where the build started), or {@code null}
 * @param goalPrefix how the next steps name the plugin's goals ({@link LintRequest#goalPrefix()})
 */
public record LintOutcome(LintResult result, Severity failOnSeverity, boolean failOnViolation, boolean failOnError,
        Path sarifFile, Path consoleDirectory, String goalPrefix) {

    public LintOutcome(LintResult result, Severity failOnSeverity, boolean failOnViolation, boolean failOnError,
            Path sarifFile) {
        this(result, failOnSeverity, failOnViolation, failOnError, sarifFile, null, "redirect-lint");
    }

    /** Findings at {@link #failOnSeverity} or above. */
    public long violations() {
        return result.countAtLeast(failOnSeverity);
    }

    /** Why the build must fail, or empty if it must not. */
    public Optional<String> failureMessage() {
        StringBuilder message = new StringBuilder();
        long violations = violations();
        if (failOnViolation && violations > 0) {
            message.append("redirect-lint found ").append(violations).append(" finding(s) at severity ")
                    .append(failOnSeverity.id()).append(" or above. What next:");
            long fixable = result.findings().stream()
                    .filter(f -> f.severity().isAtLeast(failOnSeverity) && !f.fixes().isEmpty()).count();
            if (fixable > 0) {
                message.append("\n  ").append(pad("mvn " + goalPrefix + ":fix")).append(" rewrites ")
                        .append(fixable == violations ? "all " : "").append(fixable)
                        .append(" of them (-Dredirect-lint.dryRun=true shows the patch first)");
            }
            message.append("\n  ").append(pad("mvn " + goalPrefix + ":baseline"))
                    .append(" accepts the findings there are now: only new ones fail the build")
                    .append("\n  ").append(pad("-Dredirect-lint.verbose=true"))
                    .append(" explains each finding and both ways to fix it");
        }
        if (failOnError && !result.errors().isEmpty()) {
            if (message.length() > 0) {
                message.append('\n');
            }
            message.append("redirect-lint could not analyse ").append(result.errors().size()).append(" file(s):");
            for (ProcessingError error : result.errors()) {
                message.append("\n  ").append(ConsoleReport.line(error, consoleDirectory));
            }
            message.append("\nFix these files, exclude them (redirect-lint.excludes) or set redirect-lint.failOnError")
                    .append(" to false to report them without failing the build");
        }
        return message.length() == 0 ? Optional.empty() : Optional.of(message.toString());
    }

    /** The commands of the next steps in one column: as wide as the widest. */
    private String pad(String command) {
        int width = Math.max("-Dredirect-lint.verbose=true".length(), ("mvn " + goalPrefix + ":baseline").length());
        return command + " ".repeat(width - command.length());
    }
}
