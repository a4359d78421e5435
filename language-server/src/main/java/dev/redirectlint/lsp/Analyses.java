package dev.redirectlint.lsp;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the analysis on one background thread, at most one at a time: requests that come while one waits are
 * merged into it (a burst of keystrokes is one analysis, after a short quiet time), and a request that comes
 * while one runs gets the next. Whoever needs the results of every change so far waits on {@link #current()}.
 */
final class Analyses implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Analyses.class.getName());

    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread worker = new Thread(runnable, "redirect-lint-analysis");
        worker.setDaemon(true);
        return worker;
    });
    /** Runs one analysis; its argument says whether to list the workspace's files again first. */
    private final Function<Boolean, Snapshot> analysis;
    private final Consumer<Snapshot> onDone;
    private CompletableFuture<Snapshot> next = new CompletableFuture<>();
    /** The analysis running now, which has seen every request made before it started. */
    private CompletableFuture<Snapshot> running;
    private ScheduledFuture<?> scheduled;
    private boolean requested;
    private boolean relist;
    private volatile Snapshot latest = Snapshot.EMPTY;

    Analyses(Function<Boolean, Snapshot> analysis, Consumer<Snapshot> onDone) {
        this.analysis = analysis;
        this.onDone = onDone;
    }

    /**
     * Asks for an analysis after {@code delayMillis} without further requests; the future completes with it.
     * {@code relistFiles} for anything but a keystroke: the files on disk may have changed too.
     */
    synchronized CompletableFuture<Snapshot> request(long delayMillis, boolean relistFiles) {
        requested = true;
        relist |= relistFiles;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = thread.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
        return next;
    }

    /** The analysis that covers every request so far: the latest, or the one pending. */
    synchronized CompletableFuture<Snapshot> current() {
        if (requested) {
            return next;
        }
        return running != null ? running : CompletableFuture.completedFuture(latest);
    }

    Snapshot latest() {
        return latest;
    }

    private void run() {
        CompletableFuture<Snapshot> done;
        boolean relistFiles;
        synchronized (this) {
            if (!requested) {
                return;
            }
            done = next;
            next = new CompletableFuture<>();
            requested = false;
            relistFiles = relist;
            relist = false;
            running = done;
        }
        try {
            Snapshot snapshot = analysis.apply(relistFiles);
            latest = snapshot;
            onDone.accept(snapshot);
        } catch (RuntimeException | Error e) {
            // The server stays up: the failure is logged, the last good results stay.
            LOG.log(Level.SEVERE, "redirect-lint: the analysis failed", e);
        } finally {
            synchronized (this) {
                running = null;
            }
            done.complete(latest);
        }
    }

    /**
     * Lets a running analysis finish but starts no other. Not an interrupt: the thread may be writing to the
     * client, and an interrupted write closes an interruptible channel for good.
     */
    @Override
    public void close() {
        thread.shutdown();
    }
}
