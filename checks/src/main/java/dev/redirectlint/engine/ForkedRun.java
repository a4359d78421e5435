package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@link RedirectLint#lint} in a new JVM and returns its result, as SpotBugs' Maven plugin forks its
 * analysis. The point is the JIT: a cold run is short, and in a build tool's JVM on two cores the C2
 * compiler spends more CPU on the scanner and JavaParser than the analysis itself does (13.7 s of
 * compilation in a 10.6 s run on spring-framework). A child started with {@code -XX:TieredStopAtLevel=1}
 * compiles with C1 alone and finishes in about half the time; its heap is its own, and it is gone when the
 * run is.
 */
public final class ForkedRun {

    /**
     * The JVM options a fork starts with unless told otherwise: C1 only (see above), and the parallel collector
     * with a young generation of 128 MB that promotes what survives one collection. A cold run allocates its
     * trees fast and keeps many of them: the serial collector paused for 1.3-1.6 s of a 6.5 s run on
     * spring-framework, and the parallel one with its default sizing took 750 MiB. Measured side by side
     * (spring-framework, 4 rounds): 6.6 s and 462 MiB against 7.75 s and 451 MiB with the serial collector; the
     * 50,000-file corpus with {@code -Xmx512m} 23 s against 36 s. What survives a young collection is nearly all
     * kept to the end (facts, trees), so copying it between survivor spaces was waste: promoted at once, the
     * pauses of a cold run on spring-framework went from 24 collections and 480-630 ms to 12 and 290-340 ms, at
     * the same peak RSS, and the corpus with {@code -Xmx512m} from 29.5 s to 22.7 s.
     */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-Xmn128m", "-XX:MaxTenuringThreshold=0");

    /**
     * How to start the child.
     *
     * @param java the {@code java} executable
     * @param jvmArgs options before the class path, such as {@code -Xmx512m}
     * @param classpath the engine's jars (or class directories) and its dependencies
     * @param archiveDirectory where the child's class-data-sharing archive is kept ({@link ClassDataArchive}),
     *     such as the build directory; empty for none. Used only when the class path is all jars, as the JVM
     *     cannot archive classes of a directory
     */
    public record Options(Path java, List<String> jvmArgs, List<Path> classpath, Optional<Path> archiveDirectory) {

        public Options {
            jvmArgs = List.copyOf(jvmArgs);
            classpath = List.copyOf(classpath);
        }

        public Options(Path java, List<String> jvmArgs, List<Path> classpath) {
            this(java, jvmArgs, classpath, Optional.empty());
        }

        /** The archive the child maps or dumps, if it can have one. */
        Optional<ClassDataArchive> archive() {
            return archiveDirectory.filter(directory -> classpath.stream().allMatch(Files::isRegularFile))
                    .map(directory -> ClassDataArchive.in(directory, java, classpath))
                    .filter(ClassDataArchive::usable);
        }

        /** The {@code java} of the running JVM. */
        public static Path currentJava() {
            return Path.of(System.getProperty("java.home"), "bin", "java");
        }
    }

    private final Options options;

    public ForkedRun(Options options) {
        this.options = options;
    }

    /**
     * Analyses the sources in a child JVM, as {@code new RedirectLint(config).lint(sources)} would here.
     * Texts held in memory and a cache in memory cannot be handed over.
     *
     * @throws ForkException if the child cannot be started, fails, or leaves no result; its output is in
     *     the message
     */
    public LintResult lint(LintConfig config, ProjectSources sources) {
        requireFiles(sources);
        // Nothing changed: the cache answers at once, and a JVM started for that would cost more than it saves.
        Optional<LintResult> unchanged = new RedirectLint(config).unchanged(sources);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        try (Child child = start()) {
            return child.lint(config, sources);
        }
    }

    /**
     * Like {@link #lint(LintConfig, ProjectSources)}, in a child started before the sources were listed; it is
     * left unused when the cache answers. The caller closes it. With no child, as that method.
     */
    public LintResult lint(LintConfig config, ProjectSources sources, Child child) {
        if (child == null) {
            return lint(config, sources);
        }
        requireFiles(sources);
        Optional<LintResult> unchanged = new RedirectLint(config).unchanged(sources);
        return unchanged.isPresent() ? unchanged.get() : child.lint(config, sources);
    }

    private static void requireFiles(ProjectSources sources) {
        if (!sources.texts().isEmpty()) {
            throw new IllegalArgumentException("a forked run reads every file from disk; texts in memory cannot be passed");
        }
    }

    /**
     * Starts a child that waits for its request: it boots (a few tenths of a second, its class data mapped and
     * its classes initialised) while the caller lists the sources to send it.
     *
     * @throws ForkException if it cannot be started
     */
    public Child start() {
        Path work = null;
        try {
            work = Files.createTempDirectory("redirect-lint-fork");
            Optional<ClassDataArchive> archive = options.archive();
            Path output = work.resolve("output.txt");
            Process process = new ProcessBuilder(command(work.resolve("request.bin"), work.resolve("result.bin"), archive))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            return new Child(work, process, archive);
        } catch (IOException e) {
            delete(work);
            throw new ForkException("cannot run the analysis in a forked JVM: " + e.getMessage(), e);
        }
    }

    /**
     * A child JVM waiting for its request ({@link ForkedRunMain}). It reads the request file once told on its
     * standard input that the file is whole; if its input closes without that, it exits with no result.
     */
    public static final class Child implements AutoCloseable {
        private final Path work;
        private final Process process;
        private final Optional<ClassDataArchive> archive;
        private boolean ran;

        private Child(Path work, Process process, Optional<ClassDataArchive> archive) {
            this.work = work;
            this.process = process;
            this.archive = archive;
        }

        private LintResult lint(LintConfig config, ProjectSources sources) {
            if (ran) {
                throw new IllegalStateException("a forked child runs one analysis");
            }
            ran = true;
            Path request = work.resolve("request.bin");
            Path response = work.resolve("result.bin");
            Path output = work.resolve("output.txt");
            try {
                ForkProtocol protocol = new ForkProtocol(work);
                try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(request)))) {
                    protocol.writeRequest(out, config, sources);
                }
                signal(ForkedRunMain.GO);
                int exit = waitFor();
                archive.ifPresent(a -> a.afterFork(exit == 0 && Files.exists(response)));
                String printed = Files.exists(output) ? Files.readString(output, Charset.defaultCharset()).strip() : "";
                if (exit != 0 || !Files.exists(response)) {
                    throw new ForkException("the forked analysis JVM exited with code " + exit + hint(printed)
                            + (printed.isEmpty() ? "" : ":\n" + tail(printed)));
                }
                LintResult result;
                try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(response)))) {
                    result = protocol.readResult(in);
                }
                if (printed.isEmpty()) {
                    return result;
                }
                List<String> notes = new ArrayList<>(result.notes());
                notes.add("redirect-lint: the forked JVM printed: " + printed);
                return new LintResult(result.findings(), result.errors(), result.filesAnalyzed(), notes, result.warnings());
            } catch (IOException e) {
                throw new ForkException("cannot run the analysis in a forked JVM: " + e.getMessage(), e);
            }
        }

        /** Writes the word on the child's input and closes it; a child that exited already reads nothing. */
        private void signal(String word) {
            try (OutputStream in = process.getOutputStream()) {
                in.write((word + "\n").getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                // It is gone: waitFor tells how it ended, and its output why.
            }
        }

        private int waitFor() {
            try {
                return process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new ForkException("interrupted while the forked analysis JVM ran", e);
            }
        }

        boolean isRunning() {
            return process.isAlive();
        }

        int exitCode() {
            return process.exitValue();
        }

        /** Calls an unused child off (it exits as soon as it reads that), and deletes the work directory. */
        @Override
        public void close() {
            try {
                if (!ran) {
                    ran = true;
                    signal(ForkedRunMain.STOP);
                    if (!process.waitFor(5, TimeUnit.SECONDS)) {
                        process.destroyForcibly().waitFor();
                    }
                    archive.ifPresent(a -> a.afterFork(false));
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            } finally {
                delete(work);
            }
        }
    }

    List<String> command(Path request, Path response, Optional<ClassDataArchive> archive) {
        List<String> command = new ArrayList<>();
        command.add(options.java().toString());
        archive.ifPresent(a -> command.addAll(a.jvmArgs()));
        command.addAll(options.jvmArgs());
        command.add("-cp");
        command.add(String.join(File.pathSeparator, options.classpath().stream().map(Path::toString).toList()));
        command.add(ForkedRunMain.class.getName());
        command.add(request.toString());
        command.add(response.toString());
        return command;
    }

    private static String hint(String printed) {
        return printed.contains("OutOfMemoryError")
                ? " (out of memory: give it a larger heap, such as -Xmx1g, in its JVM options)" : "";
    }

    /** The last lines of the child's output: a stack trace's head is in the first, its cause in the last. */
    private static String tail(String printed) {
        List<String> lines = printed.lines().toList();
        return lines.size() <= 40 ? printed : String.join("\n", lines.subList(0, 20)) + "\n...\n"
                + String.join("\n", lines.subList(lines.size() - 20, lines.size()));
    }

    private static void delete(Path work) {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A temporary file left behind harms nothing; the result is what matters.
        }
    }

    /** The child could not be run or gave no result. */
    public static final class ForkException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ForkException(String message) {
            super(message);
        }

        ForkException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
