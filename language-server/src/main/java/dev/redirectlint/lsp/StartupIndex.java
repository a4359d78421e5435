package dev.redirectlint.lsp;

import java.util.UUID;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.ProgressParams;
import org.eclipse.lsp4j.WorkDoneProgressBegin;
import org.eclipse.lsp4j.WorkDoneProgressCreateParams;
import org.eclipse.lsp4j.WorkDoneProgressEnd;
import org.eclipse.lsp4j.WorkDoneProgressReport;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The first analysis of the whole workspace, in the background after {@code initialized}, reported with
 * {@code $/progress} to a client that shows progress: listing the files, then analysing them.
 */
final class StartupIndex {

    private final RedirectLintServer server;
    private final boolean showProgress;

    StartupIndex(RedirectLintServer server, boolean showProgress) {
        this.server = server;
        this.showProgress = showProgress;
    }

    void start() {
        Thread thread = new Thread(this::run, "redirect-lint-startup");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        Either<String, Integer> token = Either.forLeft("redirect-lint-index-" + UUID.randomUUID());
        LanguageClient client = server.client();
        boolean progress = showProgress && client != null && created(client, token);
        long start = System.nanoTime();
        if (progress) {
            WorkDoneProgressBegin begin = new WorkDoneProgressBegin();
            begin.setTitle("redirect-lint");
            begin.setMessage("listing the workspace's Java files");
            begin.setCancellable(false);
            client.notifyProgress(new ProgressParams(token, Either.forLeft(begin)));
        }
        WorkspaceFiles files = server.workspace().rescan();
        files.problems().forEach(problem -> server.message(MessageType.Warning, "redirect-lint: " + problem));
        if (progress) {
            WorkDoneProgressReport report = new WorkDoneProgressReport();
            report.setMessage("analysing " + files.javaFileCount() + " Java files");
            client.notifyProgress(new ProgressParams(token, Either.forLeft(report)));
        }
        Snapshot snapshot = server.analyses().request(0, false).join();
        long millis = (System.nanoTime() - start) / 1_000_000;
        String summary = snapshot.result().findings().size() + " findings in " + files.javaFileCount()
                + " Java files, analysed in " + millis + " ms";
        server.log("redirect-lint: " + summary);
        if (progress) {
            WorkDoneProgressEnd end = new WorkDoneProgressEnd();
            end.setMessage(summary);
            client.notifyProgress(new ProgressParams(token, Either.forLeft(end)));
        }
    }

    private static boolean created(LanguageClient client, Either<String, Integer> token) {
        try {
            client.createProgress(new WorkDoneProgressCreateParams(token)).get();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
