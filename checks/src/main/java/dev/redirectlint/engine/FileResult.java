package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.ProcessingError;
import java.util.List;
import java.util.Optional;

/** The findings of one file, or the reason it could not be analysed. */
public record FileResult(List<Finding> findings, Optional<ProcessingError> error) {

    public FileResult {
        findings = List.copyOf(findings);
    }

    public static FileResult of(List<Finding> findings) {
        return new FileResult(findings, Optional.empty());
    }

    public static FileResult failed(ProcessingError error) {
        return new FileResult(List.of(), Optional.of(error));
    }
}
