package dev.redirectlint.lsp;

import dev.redirectlint.api.Fix;
import dev.redirectlint.apply.MethodUsers;
import dev.redirectlint.engine.LintConfig;
import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The language server: the workspace analysed as one project in the background, its findings pushed as
 * diagnostics (or pulled, by clients that prefer that), and code actions from the findings' fixes.
 */
public final class RedirectLintServer implements LanguageServer, LanguageClientAware {

    /** Quiet time after a keystroke before the analysis runs: a burst of typing is analysed once. */
    static final long CHANGE_DELAY_MILLIS = 40;

    private final OpenDocuments documents = new OpenDocuments();
    private final DocumentService documentService = new DocumentService(this);
    private final SettingsService workspaceService = new SettingsService(this);
    private final Set<Path> published = ConcurrentHashMap.newKeySet();
    private volatile LanguageClient client;
    private volatile WorkspaceAnalysis workspace;
    private volatile Analyses analyses;
    private volatile ServerSettings clientSettings = ServerSettings.NONE;
    private volatile boolean clientPullsDiagnostics;
    private volatile boolean clientShowsProgress;
    private volatile boolean stopped;
    private final Runnable onExit;

    /** A server whose {@code exit} ends nothing but the server, as tests run it. */
    public RedirectLintServer() {
        this(() -> {});
    }

    /** @param onExit what {@code exit} does after the server stops: the launcher ends the process */
    public RedirectLintServer(Runnable onExit) {
        this.onExit = onExit;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        List<Path> roots = roots(params);
        clientSettings = ServerSettings.fromJson(params.getInitializationOptions());
        var capabilities = params.getCapabilities();
        clientPullsDiagnostics = capabilities != null && capabilities.getTextDocument() != null
                && capabilities.getTextDocument().getDiagnostic() != null;
        clientShowsProgress = capabilities != null && capabilities.getWindow() != null
                && Boolean.TRUE.equals(capabilities.getWindow().getWorkDoneProgress());
        workspace = new WorkspaceAnalysis(roots, config(roots));
        analyses = new Analyses(relist -> workspace.analyse(documents, relist), this::publish);

        ServerCapabilities server = new ServerCapabilities();
        server.setTextDocumentSync(TextDocumentSyncKind.Incremental);
        CodeActionOptions codeActions = new CodeActionOptions(List.of(CodeActionKind.QuickFix, CodeActions.FIX_ALL));
        codeActions.setResolveProvider(false);
        server.setCodeActionProvider(codeActions);
        // Inter-file: a change to a helper or base class changes other files' findings.
        DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(true, false);
        diagnostics.setIdentifier(Diagnostics.SOURCE);
        server.setDiagnosticProvider(diagnostics);
        return CompletableFuture.completedFuture(new InitializeResult(server,
                new ServerInfo("redirect-lint", RedirectLint.version())));
    }

    @Override
    public void initialized(org.eclipse.lsp4j.InitializedParams params) {
        new StartupIndex(this, clientShowsProgress).start();
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        stopped = true;
        if (analyses != null) {
            analyses.close();
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        stopped = true;
        if (analyses != null) {
            analyses.close();
        }
        onExit.run();
    }

    @Override
    public TextDocumentService getTextDocumentService() {
        return documentService;
    }

    @Override
    public WorkspaceService getWorkspaceService() {
        return workspaceService;
    }

    OpenDocuments documents() {
        return documents;
    }

    WorkspaceAnalysis workspace() {
        return workspace;
    }

    Analyses analyses() {
        return analyses;
    }

    LanguageClient client() {
        return client;
    }

    boolean stopped() {
        return stopped;
    }

    /** New settings from the editor: analyse everything again under them. */
    void settingsChanged(ServerSettings settings) {
        clientSettings = settings;
        workspace.configure(config(workspace.roots()));
        analyses.request(0, true);
    }

    /** The editor's settings over those of the workspace's pom.xml; problems with either are shown once. */
    private LintConfig config(List<Path> roots) {
        ServerSettings pom = roots.isEmpty() ? ServerSettings.NONE : PomSettings.read(roots.get(0).resolve("pom.xml"));
        List<String> refused = new ArrayList<>();
        LintConfig config = clientSettings.over(pom).toConfig(refused);
        refused.forEach(problem -> message(MessageType.Warning, "redirect-lint settings: " + problem));
        return config;
    }

    void message(MessageType type, String text) {
        LanguageClient target = client;
        if (target != null) {
            target.showMessage(new MessageParams(type, text));
        }
    }

    void log(String text) {
        LanguageClient target = client;
        if (target != null) {
            target.logMessage(new MessageParams(MessageType.Log, text));
        }
    }

    /**
     * Sends the diagnostics of every file with findings, and empty ones for files that had some before; a client
     * that pulls diagnostics is asked to pull again instead.
     */
    private void publish(Snapshot snapshot) {
        LanguageClient target = client;
        if (target == null || stopped) {
            return;
        }
        // What the run did and how long each step took, for the client's log (and whoever wonders why it is slow).
        snapshot.result().notes().forEach(this::log);
        snapshot.result().warnings().forEach(this::log);
        if (clientPullsDiagnostics) {
            target.refreshDiagnostics();
            return;
        }
        // Every open document hears of each run, so that the editor knows its version was analysed.
        Set<Path> files = new LinkedHashSet<>(snapshot.versions().keySet());
        snapshot.result().findings().forEach(finding -> files.add(finding.file()));
        snapshot.result().errors().forEach(error -> files.add(error.file()));
        Set<Path> cleared = new HashSet<>(published);
        cleared.removeAll(files);
        for (Path file : cleared) {
            target.publishDiagnostics(new PublishDiagnosticsParams(documents.uri(file), List.of()));
        }
        files.forEach(file -> {
            PublishDiagnosticsParams params = new PublishDiagnosticsParams(documents.uri(file),
                    diagnostics(snapshot, file, documents));
            Integer version = snapshot.versions().get(file);
            if (version != null) {
                params.setVersion(version);
            }
            target.publishDiagnostics(params);
        });
        published.clear();
        published.addAll(files);
    }

    /** The diagnostics of one file in a snapshot, pushed or pulled. */
    static List<Diagnostic> diagnostics(Snapshot snapshot, Path file, OpenDocuments documents) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        snapshot.findings(file).forEach(f -> diagnostics.add(Diagnostics.of(f, documents::uri)));
        snapshot.errors(file).forEach(e -> diagnostics.add(Diagnostics.of(e)));
        return diagnostics;
    }

    /** The code actions' view of the workspace: texts as analysed, and fixes that other code forbids. */
    CodeActions codeActions(Snapshot snapshot) {
        Map<String, Optional<String>> uses = new ConcurrentHashMap<>();
        return new CodeActions(new CodeActions.Context(file -> text(snapshot, file), documents::uri,
                (fix, file) -> refusal(fix, file, uses)));
    }

    private Optional<String> text(Snapshot snapshot, Path file) {
        String open = snapshot.texts().get(file);
        if (open != null) {
            return Optional.of(open);
        }
        try {
            return Optional.of(new String(Files.readAllBytes(file), workspace.config().encoding()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** As the fix goal: a fix that changes a method's return type is refused while other code uses the method. */
    private Optional<String> refusal(Fix fix, Path declaring, Map<String, Optional<String>> uses) {
        String method = fix.changesReturnTypeOf();
        if (method == null) {
            return Optional.empty();
        }
        return uses.computeIfAbsent(method, m -> {
            List<Path> project = new ArrayList<>(workspace.files().own());
            project.addAll(workspace.files().context());
            return new MethodUsers(project, workspace.config().encoding()).firstUses(Map.of(m, declaring))
                    .getOrDefault(m, Optional.empty());
        });
    }

    private static List<Path> roots(InitializeParams params) {
        List<Path> roots = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder folder : params.getWorkspaceFolders()) {
                OpenDocuments.path(folder.getUri()).ifPresent(roots::add);
            }
        }
        if (roots.isEmpty() && params.getRootUri() != null) {
            OpenDocuments.path(params.getRootUri()).ifPresent(roots::add);
        }
        return roots;
    }
}
