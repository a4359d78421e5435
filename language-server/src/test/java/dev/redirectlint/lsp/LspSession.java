package dev.redirectlint.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A client talking to a real server over piped streams, through LSP4J's launchers as an editor would: every
 * request and notification goes through JSON-RPC. Files are written into a workspace folder first.
 */
final class LspSession implements AutoCloseable {

    private static final long TIMEOUT_SECONDS = 60;

    final Path root;
    final LanguageServer server;
    final Recorder client = new Recorder();
    private final Map<String, Integer> versions = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();
    InitializeResult initialized;

    LspSession(Path root) throws IOException {
        this.root = root;
        // NIO pipes, not java.io's piped streams: those fail once a thread that wrote to them has ended,
        // and LSP4J writes from whichever thread completes a request.
        Pipe clientToServer = Pipe.open();
        Pipe serverToClient = Pipe.open();
        InputStream serverIn = Channels.newInputStream(clientToServer.source());
        OutputStream toServer = Channels.newOutputStream(clientToServer.sink());
        InputStream clientIn = Channels.newInputStream(serverToClient.source());
        OutputStream toClient = Channels.newOutputStream(serverToClient.sink());
        RedirectLintServer implementation = new RedirectLintServer();
        Launcher<LanguageClient> serverSide = LSPLauncher.createServerLauncher(implementation, serverIn, toClient);
        implementation.connect(serverSide.getRemoteProxy());
        serverSide.startListening();
        Launcher<LanguageServer> clientSide = LSPLauncher.createClientLauncher(client, clientIn, toServer);
        clientSide.startListening();
        this.server = clientSide.getRemoteProxy();
    }

    LspSession write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return this;
    }

    /** Initializes as a client that takes pushed diagnostics (or pulls them), shows progress, and waits for the index. */
    LspSession start(boolean pullsDiagnostics, Object initializationOptions) throws Exception {
        InitializeParams params = new InitializeParams();
        params.setRootUri(root.toUri().toString());
        ClientCapabilities capabilities = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        if (pullsDiagnostics) {
            text.setDiagnostic(new DiagnosticCapabilities());
        }
        capabilities.setTextDocument(text);
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        params.setCapabilities(capabilities);
        params.setInitializationOptions(initializationOptions);
        initialized = server.initialize(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        client.awaitProgressEnd();
        return this;
    }

    LspSession start() throws Exception {
        return start(false, null);
    }

    String uri(String relative) {
        return root.resolve(relative).toAbsolutePath().normalize().toUri().toString();
    }

    String open(String relative) throws IOException {
        String uri = uri(relative);
        String text = Files.readString(root.resolve(relative));
        versions.put(uri, 1);
        texts.put(uri, text);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, text)));
        return uri;
    }

    /** Replaces the whole text, as a client without incremental sync would. */
    void change(String uri, String text) {
        int version = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, text);
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version), List.of(new TextDocumentContentChangeEvent(text))));
    }

    /** Sends the edit of {@code range} as an incremental change. */
    void changeRange(String uri, Range range, String replacement) {
        int version = versions.merge(uri, 1, Integer::sum);
        texts.put(uri, applyEdits(texts.get(uri), List.of(new TextEdit(range, replacement))));
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(range, replacement))));
    }

    String text(String uri) {
        return texts.get(uri);
    }

    /** The diagnostics of the document's current version, once the server has published them. */
    List<Diagnostic> diagnostics(String uri) throws InterruptedException {
        Integer version = versions.get(uri);
        return client.await(uri, p -> version == null || p.getVersion() != null && p.getVersion() >= version);
    }

    /** The diagnostics published for a file that is not open, once some match. */
    List<Diagnostic> diagnosticsWhen(String uri, Predicate<List<Diagnostic>> condition) throws InterruptedException {
        return client.await(uri, p -> condition.test(p.getDiagnostics()));
    }

    List<Diagnostic> pull(String uri) throws Exception {
        return server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri)))
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).getLeft().getItems();
    }

    List<CodeAction> codeActions(String uri, Range range, List<String> only) throws Exception {
        CodeActionParams params = new CodeActionParams(new TextDocumentIdentifier(uri), range,
                new CodeActionContext(List.of(), only));
        List<CodeAction> actions = new ArrayList<>();
        server.getTextDocumentService().codeAction(params).get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .forEach(either -> actions.add(either.getRight()));
        return actions;
    }

    List<CodeAction> codeActions(String uri, Diagnostic at) throws Exception {
        return codeActions(uri, at.getRange(), null);
    }

    void configure(Object settings) {
        server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(settings));
    }

    /** The document's text after the action's edit, which must edit only this document. */
    String applied(String uri, CodeAction action) {
        WorkspaceEdit edit = action.getEdit();
        assertThat(edit.getChanges()).containsOnlyKeys(uri);
        return applyEdits(texts.get(uri), edit.getChanges().get(uri));
    }

    /** LSP's rule: edits never overlap; inserts at one position go in array order. */
    static String applyEdits(String text, List<TextEdit> edits) {
        TextPositions positions = new TextPositions(text);
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < edits.size(); i++) {
            spans.add(new int[] {positions.offset(edits.get(i).getRange().getStart()),
                    positions.offset(edits.get(i).getRange().getEnd()), i});
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> s[2]));
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] span : spans) {
            out.append(text, copied, span[0]).append(edits.get(span[2]).getNewText());
            copied = span[1];
        }
        return out.append(text.substring(copied)).toString();
    }

    static Range line(int line) {
        return new Range(new Position(line, 0), new Position(line, 0));
    }

    @Override
    public void close() throws Exception {
        server.shutdown().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        server.exit();
    }

    /** What the server sent the client. */
    static final class Recorder implements LanguageClient {

        final List<PublishDiagnosticsParams> published = new CopyOnWriteArrayList<>();
        final List<MessageParams> messages = new CopyOnWriteArrayList<>();
        final List<ProgressParams> progress = new CopyOnWriteArrayList<>();
        volatile int refreshes;

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            synchronized (this) {
                published.add(diagnostics);
                notifyAll();
            }
        }

        /** The diagnostics of the last publication for the uri, once it matches. */
        synchronized List<Diagnostic> await(String uri, Predicate<PublishDiagnosticsParams> wanted)
                throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (true) {
                PublishDiagnosticsParams last = null;
                for (PublishDiagnosticsParams params : published) {
                    if (params.getUri().equals(uri)) {
                        last = params;
                    }
                }
                if (last != null && wanted.test(last)) {
                    return last.getDiagnostics();
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no matching diagnostics for " + uri + "; published: " + published);
                }
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }

        synchronized void awaitProgressEnd() throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
            while (progress.stream().noneMatch(p -> p.getValue().getLeft()
                    instanceof org.eclipse.lsp4j.WorkDoneProgressEnd)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("the start-up index never ended; progress: " + progress);
                }
                wait(TimeUnit.NANOSECONDS.toMillis(left) + 1);
            }
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            synchronized (this) {
                progress.add(params);
                notifyAll();
            }
        }

        @Override
        public CompletableFuture<Void> refreshDiagnostics() {
            refreshes++;
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams message) {
            messages.add(message);
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            messages.add(message);
        }
    }
}
