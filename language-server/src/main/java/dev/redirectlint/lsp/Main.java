package dev.redirectlint.lsp;

import dev.redirectlint.engine.RedirectLint;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code java -jar redirect-lint-language-server.jar [--stdio | --port <n>]}: speaks LSP over standard input
 * and output (the default), or to one client that connects to {@code localhost:<n>}.
 */
public final class Main {

    private static final String USAGE = """
            Usage: java -jar redirect-lint-language-server.jar [--stdio | --port <n>] [--help] [--version]
              --stdio      speak LSP over standard input and output (the default)
              --port <n>   listen on localhost:<n> and serve the first client that connects
            """;

    private Main() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        Integer port = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--stdio" -> port = null;
                case "--port" -> {
                    if (i + 1 == args.length || !args[i + 1].matches("\\d{1,5}")
                            || Integer.parseInt(args[i + 1]) > 65535) {
                        fail("--port needs a port number from 0 to 65535");
                    }
                    port = Integer.parseInt(args[++i]);
                }
                case "--version" -> {
                    System.out.println("redirect-lint-language-server " + RedirectLint.version());
                    return;
                }
                case "--help", "-h" -> {
                    System.out.print(USAGE);
                    return;
                }
                default -> fail("unknown option '" + args[i] + "'");
            }
        }
        // Standard output carries the protocol: anything else printed there would corrupt it.
        PrintStream protocol = System.out;
        System.setOut(System.err);
        if (port == null) {
            serve(System.in, protocol);
        } else {
            try (ServerSocket listener = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                System.err.println("redirect-lint language server listening on localhost:" + listener.getLocalPort());
                try (Socket socket = listener.accept()) {
                    serve(socket.getInputStream(), socket.getOutputStream());
                }
            }
        }
        System.exit(0);
    }

    private static void serve(InputStream in, OutputStream out) throws InterruptedException {
        RedirectLintServer server = new RedirectLintServer(() -> System.exit(0));
        Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out);
        server.connect(launcher.getRemoteProxy());
        try {
            launcher.startListening().get();
        } catch (ExecutionException e) {
            System.err.println("redirect-lint language server: the connection failed: " + e.getCause());
        }
    }

    private static void fail(String problem) {
        System.err.print("redirect-lint-language-server: " + problem + "\n" + USAGE);
        System.exit(2);
    }
}
