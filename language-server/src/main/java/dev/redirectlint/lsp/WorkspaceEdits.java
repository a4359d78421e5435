package dev.redirectlint.lsp;

import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import dev.redirectlint.api.TextEdit;
import dev.redirectlint.fix.FixApplier;
import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.source.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * The engine's offset edits as an LSP {@link WorkspaceEdit}: the same minimal spans, in text order (edits at
 * one offset keep their order, which LSP respects), and only when the edited text still parses.
 */
final class WorkspaceEdits {

    private WorkspaceEdits() {}

    /** The edit of one file, or empty if the edits clash, fall outside the text or leave it unparsable. */
    static Optional<WorkspaceEdit> of(String uri, String text, List<TextEdit> edits) {
        List<TextEdit> ordered = new ArrayList<>(new LinkedHashSet<>(edits));
        ordered.sort(Comparator.comparingInt(TextEdit::startOffset).thenComparingInt(TextEdit::endOffset));
        String edited;
        try {
            edited = FixApplier.apply(text, ordered);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!parses(edited)) {
            return Optional.empty();
        }
        TextPositions positions = new TextPositions(text);
        List<org.eclipse.lsp4j.TextEdit> lspEdits = new ArrayList<>();
        for (TextEdit edit : ordered) {
            lspEdits.add(new org.eclipse.lsp4j.TextEdit(positions.range(edit.startOffset(), edit.endOffset()),
                    edit.replacement()));
        }
        return Optional.of(new WorkspaceEdit(Map.of(uri, lspEdits)));
    }

    static boolean parses(String text) {
        ParseResult<CompilationUnit> result = ParserFactory.parse(new SourceText(text).parsableText());
        return result.isSuccessful() && result.getResult().isPresent();
    }
}
