package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.project.Reads;
import java.util.List;
import java.util.Optional;

/**
 * The findings of one file, or the reason it could not be analysed.
 *
 * @param reads what the analysis read of the project, when known; a cached result depends on it
 */
public record FileResult(List<Finding> findings, Optional<ProcessingError> error, Reads reads) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public FileResult(List<Finding> findings, Optional<ProcessingError> error) {
        this(findings, error, null);
    }

    public static FileResult of(List<Finding> findings) {
        return new FileResult(findings, Optional.empty());
    }

    public static FileResult failed(ProcessingError error) {
        return new FileResult(List.of(), Optional.of(error));
    }

    FileResult withReads(Reads what) {
        return new FileResult(findings, error, what);
    }
}
