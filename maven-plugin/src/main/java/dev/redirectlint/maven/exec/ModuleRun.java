package dev.redirectlint.maven.exec;

import dev.redirectlint.api.LintResult;
import java.nio.file.Path;
import java.util.List;

/**
 * What one module's run of a goal reported.
 *
 * @param goal the goal, such as {@code check}
 * @param module the module's name
 * @param summary the module's summary, without the {@code redirect-lint:} prefix
 * @param reported the findings and errors that count (after the baseline and {@code changedSince}), or
 *     {@code null} for a goal that does not report findings (or a skipped run)
 * @param annotationDirectory the directory GitHub annotation paths are relative to, or {@code null} if this
 *     run's findings are not to be annotated
 * @param unmatchedPatterns the include and exclude patterns that matched no file of this module, each as
 *     {@code includes (redirect-lint.includes): the pattern 'x' selects no file}
 */
public record ModuleRun(String goal, String module, String summary, LintResult reported, Path annotationDirectory,
        List<String> unmatchedPatterns) {

    public ModuleRun {
        unmatchedPatterns = List.copyOf(unmatchedPatterns);
    }

    /** A run that did nothing, with why. */
    public static ModuleRun skipped(String goal, String module, String why) {
        return new ModuleRun(goal, module, why, null, null, List.of());
    }
}
