package dev.redirectlint.lsp;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One analysis of the workspace and the editor texts it saw: findings refer to offsets in those texts, so a
 * fix is only offered for a document still at the version analysed.
 *
 * @param texts the open documents' texts, by path, as analysed
 * @param versions the open documents' versions, by path, as analysed
 */
record Snapshot(LintResult result, Map<Path, String> texts, Map<Path, Integer> versions) {

    static final Snapshot EMPTY = new Snapshot(new LintResult(List.of(), List.of(), 0), Map.of(), Map.of());

    Snapshot {
        texts = Map.copyOf(texts);
        versions = Map.copyOf(versions);
    }

    List<Finding> findings(Path file) {
        return result.findings().stream().filter(f -> f.file().equals(file)).toList();
    }

    List<ProcessingError> errors(Path file) {
        return result.errors().stream().filter(e -> e.file().equals(file)).toList();
    }
}
