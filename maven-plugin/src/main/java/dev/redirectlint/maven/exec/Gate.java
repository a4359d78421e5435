package dev.redirectlint.maven.exec;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.baseline.Baseline;
import dev.redirectlint.report.Fingerprints;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a check reports and fails on, after the two gates a pull request build can use: only code changed
 * since a git reference ({@code changedSince}), and only findings the baseline does not know.
 *
 * @param analysed every finding in the analysed files, and every processing error
 * @param inChanges the findings in changed code (all of {@code analysed} without {@code changedSince}),
 *     with the errors: what the SARIF log holds
 * @param reported the findings in changed code that the baseline does not know, with the errors: what is
 *     logged as warnings, annotated, written to Checkstyle XML and fails the build
 * @param comparison the baseline comparison, or {@code null} without a baseline
 * @param changes the changed code, or {@code null} without {@code changedSince}
 * @param filesInRepository how many files the source roots hold, of which {@code analysed} read only the changed
 */
public record Gate(LintResult analysed, LintResult inChanges, LintResult reported, Baseline.Comparison comparison,
        ChangedCode changes, int filesInRepository) {

    /**
     * Applies the gates; {@code changes} and {@code baseline} may be {@code null}. The baseline is compared
     * with every finding of the analysed files (so identical findings are counted right), then only new
     * findings in changed code are reported. Baseline entries count as absent only for files this run owns:
     * with {@code changes}, the analysed files; without, also the files {@code owns} accepts (a deleted file's
     * entries too), so one module of a reactor does not call the other modules' entries absent.
     *
     * @param owns tells, of a path relative to {@code baselineDirectory}, whether this run's sources hold it
     */
    public static Gate apply(LintResult analysed, List<Path> analysedFiles, int filesInRepository,
            ChangedCode changes, Baseline baseline, Path baselineDirectory, Predicate<String> owns) {
        List<Finding> inChanges = changes == null ? analysed.findings()
                : analysed.findings().stream().filter(changes::contains).toList();
        LintResult changed = new LintResult(inChanges, analysed.errors(), analysed.filesAnalyzed());
        if (baseline == null) {
            return new Gate(analysed, changed, changed, null, changes, filesInRepository);
        }
        Baseline.Comparison all = baseline.compare(analysed.findings(), baselineDirectory);
        Set<String> files = new HashSet<>();
        analysedFiles.forEach(file -> files.add(Fingerprints.relativePath(file, baselineDirectory)));
        Baseline.Comparison comparison = new Baseline.Comparison(
                all.known().stream().filter(f -> changes == null || changes.contains(f)).toList(),
                all.fresh().stream().filter(f -> changes == null || changes.contains(f)).toList(),
                all.absent().stream().filter(entry -> files.contains(entry.file())
                        || changes == null && owns.test(entry.file())).toList());
        LintResult fresh = new LintResult(comparison.fresh(), analysed.errors(), analysed.filesAnalyzed());
        return new Gate(analysed, changed, fresh, comparison, changes, filesInRepository);
    }

    /** Findings in analysed files that lie outside the changed code. */
    public int outsideChanges() {
        return analysed.findings().size() - inChanges.findings().size();
    }

    /**
     * What the summary line adds after its counts, or an empty string when no gate is in use, for example
     * {@code ; 2 baselined, 1 baseline entry no longer matches; only code changed since origin/main: 3 of 40
     * files analysed, 1 finding outside the changed lines}.
     */
    public String summaryClauses() {
        StringBuilder clauses = new StringBuilder();
        if (comparison != null) {
            clauses.append("; ").append(comparison.known().size()).append(" baselined");
            int absent = comparison.absent().stream().mapToInt(Baseline.Entry::count).sum();
            if (absent > 0) {
                clauses.append(", ").append(absent).append(absent == 1 ? " baseline entry no longer matches"
                        : " baseline entries no longer match");
            }
        }
        if (changes != null) {
            int outside = outsideChanges();
            clauses.append("; only code changed since ").append(changes.reference()).append(": ")
                    .append(analysed.filesAnalyzed()).append(" of ").append(filesInRepository).append(" files analysed")
                    .append(", ").append(outside).append(outside == 1 ? " finding" : " findings")
                    .append(" outside the changed lines");
        }
        return clauses.toString();
    }
}
