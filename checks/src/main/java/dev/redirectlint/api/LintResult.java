package dev.redirectlint.api;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The outcome of analysing a set of files.
 *
 * @param findings every finding, sorted by file, line and column
 * @param errors files that could not be analysed
 * @param filesAnalyzed how many files were read, whether or not they parsed
 * @param notes what the run found worth telling at debug level: settings found, what the cache gave
 * @param warnings what a user should hear about the run itself (a cache that could not be used, say)
 * @param hashes the content hash of each file's text that the findings' regions and edits refer to
 *     ({@link dev.redirectlint.source.ContentHash}); whoever applies an edit checks it against the file
 *     first. Empty where the run does not say (a forked run, a result built in a test).
 */
public record LintResult(List<Finding> findings, List<ProcessingError> errors, int filesAnalyzed, List<String> notes,
        List<String> warnings, Map<Path, String> hashes) {

    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.file().toString())
            .thenComparingInt(f -> f.region().startLine())
            .thenComparingInt(f -> f.region().startColumn())
            .thenComparing(Finding::ruleId);

    public LintResult {
        findings = findings.stream().sorted(ORDER).toList();
        errors = errors.stream().sorted(Comparator.comparing((ProcessingError e) -> e.file().toString())).toList();
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        hashes = Map.copyOf(hashes);
    }

    public LintResult(List<Finding> findings, List<ProcessingError> errors, int filesAnalyzed, List<String> notes,
            List<String> warnings) {
        this(findings, errors, filesAnalyzed, notes, warnings, Map.of());
    }

    public LintResult(List<Finding> findings, List<ProcessingError> errors, int filesAnalyzed) {
        this(findings, errors, filesAnalyzed, List.of(), List.of());
    }

    /** Findings whose severity is at least {@code threshold}. */
    public long countAtLeast(Severity threshold) {
        return findings.stream().filter(f -> f.severity().isAtLeast(threshold)).count();
    }
}
