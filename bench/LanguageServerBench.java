import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WindowClientCapabilities;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * How the language server feels in an editor: the server jar in its own process, driven over stdio as an
 * editor drives it. Prints the start-up index time of a workspace (time from {@code initialized} to the end
 * of the index's {@code $/progress}), the server's peak RSS, and the time from a {@code didChange} of a
 * 2,000-line controller to its diagnostics, over many edits after a warm-up (median, min-max).
 *
 * <pre>
 * java -cp language-server/target/redirect-lint-language-server-0.1.0-SNAPSHOT.jar bench/LanguageServerBench.java \
 *     --jar language-server/target/redirect-lint-language-server-0.1.0-SNAPSHOT.jar --workspace /tmp/corpus-10k
 * </pre>
 *
 * The 2,000-line file is written to a folder of its own, a second workspace folder, so the workspace itself
 * is not touched.
 */
public class LanguageServerBench {

    public static void main(String[] args) throws Exception {
        Path jar = null;
        Path workspace = null;
        int edits = 60;
        int warmup = 15;
        String heap = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--workspace" -> workspace = Path.of(args[++i]).toAbsolutePath();
                case "--edits" -> edits = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--heap" -> heap = args[++i];
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (jar == null || workspace == null) {
            throw new IllegalArgumentException("usage: --jar <server jar> --workspace <dir> [--edits N] [--warmup N] [--heap 512m]");
        }
        Path scratch = Files.createTempDirectory("rl-lsp-bench");
        Path large = scratch.resolve("src/main/java/bench/LargeController.java");
        Files.createDirectories(large.getParent());
        String text = largeController(2000);
        Files.writeString(large, text);

        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        if (heap != null) {
            command.add("-Xmx" + heap);
        }
        command.addAll(List.of("-jar", jar.toString()));
        Process server = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Recorder client = new Recorder();
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, server.getInputStream(),
                server.getOutputStream());
        launcher.startListening();
        LanguageServer remote = launcher.getRemoteProxy();

        InitializeParams init = new InitializeParams();
        init.setWorkspaceFolders(List.of(new WorkspaceFolder(workspace.toUri().toString(), "workspace"),
                new WorkspaceFolder(scratch.toUri().toString(), "scratch")));
        ClientCapabilities capabilities = new ClientCapabilities();
        WindowClientCapabilities window = new WindowClientCapabilities();
        window.setWorkDoneProgress(true);
        capabilities.setWindow(window);
        init.setCapabilities(capabilities);
        remote.initialize(init).get(60, TimeUnit.SECONDS);
        long start = System.nanoTime();
        remote.initialized(new InitializedParams());
        client.indexed.get(30, TimeUnit.MINUTES);
        long indexMillis = (System.nanoTime() - start) / 1_000_000;
        long files;
        try (var walk = Files.walk(workspace)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).count();
        }
        long rssAfterIndex = peakRss(server.pid());

        String uri = large.toUri().toString();
        remote.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "java", 1, text)));
        client.await(uri, 1);
        // Each edit retypes one character inside a handler's body: 'a' and 'b' in turn in a redirect target.
        int line = lineOf(text, "redirect:/done/a");
        int column = lines(text).get(line).indexOf("/done/a") + 6;
        List<Long> micros = new ArrayList<>();
        for (int version = 2; version < 2 + warmup + edits; version++) {
            String replacement = version % 2 == 0 ? "b" : "a";
            Range range = new Range(new Position(line, column), new Position(line, column + 1));
            long sent = System.nanoTime();
            remote.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(uri, version),
                    List.of(new TextDocumentContentChangeEvent(range, replacement))));
            long arrived = client.await(uri, version);
            if (version >= 2 + warmup) {
                micros.add((arrived - sent) / 1000);
            }
            Thread.sleep(150); // a person's pause: each edit is its own analysis, not one burst
        }
        long rss = peakRss(server.pid());
        remote.shutdown().get(60, TimeUnit.SECONDS);
        remote.exit();
        server.waitFor(30, TimeUnit.SECONDS);

        Collections.sort(micros);
        System.out.printf("workspace: %s (%d .java files) + one 2,000-line controller%n", workspace, files);
        System.out.printf("start-up index: %d ms; peak RSS after it: %d MiB%n", indexMillis, rssAfterIndex / 1024);
        System.out.printf("didChange -> diagnostics of the 2,000-line file (%d edits after %d warm-up): median %.0f ms,"
                + " min %.0f, max %.0f (includes the server's %d ms quiet time)%n", micros.size(), warmup,
                micros.get(micros.size() / 2) / 1000.0, micros.get(0) / 1000.0, micros.get(micros.size() - 1) / 1000.0, 60);
        System.out.printf("peak RSS of the server at the end: %d MiB%n", rss / 1024);
    }

    /** A Spring controller of about {@code lines} lines: handlers of every method, half of them redirecting. */
    static String largeController(int lines) {
        StringBuilder out = new StringBuilder("""
                package bench;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.PutMapping;

                @Controller
                public class LargeController {
                """);
        int handler = 0;
        while (out.chars().filter(c -> c == '\n').count() < lines - 12) {
            String mapping = switch (handler % 3) {
                case 0 -> "@PostMapping";
                case 1 -> "@PutMapping";
                default -> "@GetMapping";
            };
            out.append("    ").append(mapping).append("(\"/h").append(handler).append("\")\n")
                    .append("    public String handler").append(handler).append("(String input) {\n")
                    .append("        int length = input == null ? 0 : input.length();\n")
                    .append("        for (int i = 0; i < length; i++) {\n")
                    .append("            if (Character.isDigit(input.charAt(i))) {\n")
                    .append("                length--;\n")
                    .append("            }\n")
                    .append("        }\n")
                    .append("        if (length > 3) {\n")
                    .append("            return \"redirect:/done/").append(handler == 0 ? "a" : "x" + handler).append("\";\n")
                    .append("        }\n")
                    .append("        return \"form\";\n")
                    .append("    }\n\n");
            handler++;
        }
        return out.append("}\n").toString();
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\n", -1));
    }

    private static int lineOf(String text, String needle) {
        List<String> lines = lines(text);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new IllegalStateException(needle);
    }

    /** VmHWM of a process, in KiB: its peak resident set so far. */
    static long peakRss(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    /** The client's side: the index's end, and when each version's diagnostics arrived. */
    static final class Recorder implements LanguageClient {
        final CompletableFuture<Void> indexed = new CompletableFuture<>();
        final Map<String, Map<Integer, Long>> arrivals = new ConcurrentHashMap<>();

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            if (params.getVersion() != null) {
                synchronized (this) {
                    arrivals.computeIfAbsent(params.getUri(), u -> new ConcurrentHashMap<>()).putIfAbsent(params.getVersion(), now);
                    notifyAll();
                }
            }
        }

        synchronized long await(String uri, int version) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                // The first diagnostics of this version or a later one (edits close together are analysed once).
                Long at = arrivals.getOrDefault(uri, Map.of()).entrySet().stream().filter(e -> e.getKey() >= version)
                        .map(Map.Entry::getValue).min(Long::compare).orElse(null);
                if (at != null) {
                    return at;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("no diagnostics for version " + version);
                }
                wait(1000);
            }
        }

        @Override
        public CompletableFuture<Void> createProgress(WorkDoneProgressCreateParams params) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void notifyProgress(ProgressParams params) {
            if (params.getValue().getLeft() instanceof WorkDoneProgressEnd) {
                indexed.complete(null);
            }
        }

        @Override
        public void telemetryEvent(Object object) {}

        @Override
        public void showMessage(MessageParams message) {}

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams request) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println("server: " + message.getMessage());
        }
    }
}
