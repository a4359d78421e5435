package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
     * with a young generation of 128 MB. A cold run allocates its trees fast and keeps many of them: the serial
     * collector paused for 1.3-1.6 s of a 6.5 s run on spring-framework, and the parallel one with its default
     * sizing took 750 MiB. Measured side by side (spring-framework, 4 rounds): 6.6 s and 462 MiB against 7.75 s
     * and 451 MiB with the serial collector; the 50,000-file corpus with {@code -Xmx512m} 23 s against 36 s.
     */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC",
            "-Xmn128m");

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
        if (!sources.texts().isEmpty()) {
            throw new IllegalArgumentException("a forked run reads every file from disk; texts in memory cannot be passed");
        }
        // Nothing changed: the cache answers at once, and a JVM started for that would cost more than it saves.
        Optional<LintResult> unchanged = new RedirectLint(config).unchanged(sources);
        if (unchanged.isPresent()) {
            return unchanged.get();
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("redirect-lint-fork");
            Path request = work.resolve("request.bin");
            Path response = work.resolve("result.bin");
            Path output = work.resolve("output.txt");
            ForkProtocol protocol = new ForkProtocol(work);
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(request)))) {
                protocol.writeRequest(out, config, sources);
            }
            Optional<ClassDataArchive> archive = options.archive();
            int exit = run(command(request, response, archive), output);
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
        } finally {
            delete(work);
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

    private static int run(List<String> command, Path output) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ForkException("interrupted while the forked analysis JVM ran", e);
        }
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
