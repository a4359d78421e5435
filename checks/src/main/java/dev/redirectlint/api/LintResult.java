package dev.redirectlint.api;

import java.util.Comparator;
import java.util.List;

/**
 * The outcome of analysing a set of files.
 *
 * @param findings every finding, sorted by file, line and column
 * @param errors files that could not be analysed
 * @param filesAnalyzed how many files were read, whether or not they parsed
 */
public record LintResult(List<Finding> findings, List<ProcessingError> errors, int filesAnalyzed) {

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(f -> f.region().startLine())
            .thenComparingInt(f -> f.region().startColumn())
            .thenComparing(Finding::ruleId);

    public LintResult {
        findings = findings.stream().sorted(ORDER).toList();
        errors = errors.stream().sorted(Comparator.comparing((ProcessingError e) -> e.file().toString())).toList();
    }

    /** Findings whose severity is at least {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
