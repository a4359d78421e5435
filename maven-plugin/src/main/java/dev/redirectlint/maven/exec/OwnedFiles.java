package dev.redirectlint.maven.exec;

import dev.redirectlint.report.Fingerprints;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/**
 * Which baseline entries belong to one module's run: those of files under its source roots. A reactor
 * shares one baseline file, so a module may replace, or call absent, only its own entries.
 */
final class OwnedFiles {

    private OwnedFiles() {}

    /**
     * Tells, of a path relative to {@code baselineDirectory} (as baseline entries hold them), whether it lies
     * under one of the request's source roots; in a build of one project every entry is the project's own.
     */
    static Predicate<String> of(LintRequest request, Path baselineDirectory) {
        if (request.module() == null) {
            return file -> true;
        }
        List<String> roots = request.sourceRoots().stream()
                .map(root -> Fingerprints.relativePath(root, baselineDirectory) + "/")
                .toList();
        return file -> roots.stream().anyMatch(file::startsWith);
    }
}
