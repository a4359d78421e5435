package dev.redirectlint.engine;

import dev.redirectlint.source.ParserFactory;
import dev.redirectlint.api.ProcessingError;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs the work on one file so that nothing the file holds can crash or hang the run.
 *
 * <p>Each piece of work runs on a daemon thread with a large stack: JavaParser and the tree walks
 * are recursive, and a file nested thousands of levels deep overflows a default stack. A
 * {@link StackOverflowError}, an {@link OutOfMemoryError} or any other failure becomes a
 * {@link ProcessingError} naming the file and the reason. Work that outlives the time limit is reported
 * too and abandoned: it is interrupted, and the parser's input ({@link ParserFactory#parse}) stops at the next
 * read, but the analysis after parsing does not look at interrupts, so the thread may run on for a while.
 * Being a daemon, it never keeps the JVM from exiting.
 */
final class FileGuard {

    /** The stack of each analysis thread: enough for about 10,000 nested levels of any construct. */
    static final long STACK_SIZE = 1L << 30;

    private static final ThreadGroup GROUP = new ThreadGroup("redirect-lint");
    private static final AtomicInteger COUNTER = new AtomicInteger();

    /**
     * Guarded threads are reused: creating a thread with a large stack for every file costs more than
     * analysing a small file. Idle threads end after a minute; one abandoned at the time limit stays
     * busy, and the pool starts another.
     */
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(GROUP, runnable, "redirect-lint-file-" + COUNTER.incrementAndGet(), STACK_SIZE);
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;

    FileGuard(Duration timeout) {
        this.timeout = timeout;
    }

    /** Either the work's value or the processing error that says why there is none. */
    record Outcome<T>(T value, ProcessingError error) {
        boolean ok() {
            return error == null;
        }
    }

    /** Runs {@code work} for {@code file} on a guarded thread and waits at most the time limit. */
    <T> Outcome<T> run(Path file, String what, Supplier<T> work) {
        Future<Outcome<T>> future = THREADS.submit(() -> {
            try {
                return new Outcome<>(work.get(), null);
            } catch (StackOverflowError e) {
                return failed(file, "too deeply nested to " + what
                        + " (stack overflow); simplify the file or exclude it");
            } catch (OutOfMemoryError e) {
                return failed(file, "too large to " + what
                        + " in the memory available (OutOfMemoryError); give Maven more memory or exclude it");
            } catch (Throwable e) {
                return failed(file, "internal error while trying to " + what + ": " + describe(e)
                        + " (please report this as a redirect-lint bug)");
            }
        });
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return failed(file, "took longer than the time limit of " + format(timeout) + " to " + what
                    + " (fileTimeout); not analysed");
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return failed(file, "interrupted before it could " + what);
        } catch (ExecutionException e) {
            return failed(file, "internal error while trying to " + what + ": " + describe(e.getCause()));
        }
    }

    private static <T> Outcome<T> failed(Path file, String reason) {
        return new Outcome<>(null, new ProcessingError(file, 0, 0, reason));
    }

    private static String describe(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return e + (trace.length > 0 ? " at " + trace[0] : "");
    }

    static String format(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
