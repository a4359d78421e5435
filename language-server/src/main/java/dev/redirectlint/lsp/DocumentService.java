package dev.redirectlint.lsp;

import dev.redirectlint.api.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/** Open, change, save and close of documents, pull diagnostics and code actions. */
final class DocumentService implements TextDocumentService {

    private final RedirectLintServer server;

    DocumentService(RedirectLintServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        var document = params.getTextDocument();
        server.documents().open(document.getUri(), document.getVersion(), document.getText())
                .ifPresent(d -> server.analyses().request(0, true));
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        server.documents().change(params.getTextDocument().getUri(), params.getTextDocument().getVersion(),
                params.getContentChanges()).ifPresent(d -> server.analyses().request(RedirectLintServer.CHANGE_DELAY_MILLIS,
                false));
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        server.analyses().request(0, true);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        server.documents().close(params.getTextDocument().getUri());
        // From now on the disk's text counts, which may differ from the buffer's if it was not saved.
        server.analyses().request(0, true);
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        Optional<Path> path = OpenDocuments.path(params.getTextDocument().getUri());
        return server.analyses().current().thenApply(snapshot -> new DocumentDiagnosticReport(
                new RelatedFullDocumentDiagnosticReport(path.isEmpty() ? List.of()
                        : RedirectLintServer.diagnostics(snapshot, path.get(), server.documents()))));
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        Optional<Path> path = OpenDocuments.path(params.getTextDocument().getUri());
        if (path.isEmpty()) {
            return CompletableFuture.completedFuture(List.of());
        }
        return server.analyses().current().thenApply(snapshot -> actions(snapshot, path.get(), params));
    }

    private List<Either<Command, CodeAction>> actions(Snapshot snapshot, Path file, CodeActionParams params) {
        Optional<String> text = Optional.ofNullable(snapshot.texts().get(file));
        Optional<String> current = server.documents().get(file).map(OpenDocuments.Document::text);
        // Offsets refer to the text analysed: a document changed since then gets its actions after the next run.
        if (text.isEmpty() || !text.equals(current)) {
            return List.of();
        }
        List<Finding> findings = snapshot.findings(file);
        CodeActions actions = server.codeActions(snapshot);
        List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
        List<Either<Command, CodeAction>> result = new ArrayList<>();
        if (CodeActions.wanted(only, org.eclipse.lsp4j.CodeActionKind.QuickFix)) {
            TextPositions positions = new TextPositions(text.get());
            int start = positions.offset(params.getRange().getStart());
            int end = positions.offset(params.getRange().getEnd());
            actions.quickFixes(file, text.get(), findings, start, end).forEach(a -> result.add(Either.forRight(a)));
        }
        if (CodeActions.wanted(only, CodeActions.FIX_ALL)) {
            actions.fixAll(file, text.get(), findings).ifPresent(a -> result.add(Either.forRight(a)));
        }
        return result;
    }
}
