package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.RuleInfo;
import dev.redirectlint.java.ProjectIndex;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * The engine's entry point: analyses Java source files and returns every finding and processing error.
 * Safe to share between threads; each file is analysed independently, with its own parser.
 */
public final class RedirectLint {

    private final LintConfig config;
    private final FileAnalyzer analyzer;

    public RedirectLint(LintConfig config) {
        this.config = config;
        this.analyzer = new FileAnalyzer(config);
    }

    public LintConfig config() {
        return config;
    }

    /** The catalogue of every rule, enabled or not. */
    public static List<RuleInfo> rules() {
        return Rules.infos();
    }

    /** This build's version, as in the Maven coordinates. */
    public static String version() {
        try (InputStream in = RedirectLint.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * Reads and analyses the files, {@link LintConfig#threads()} at a time. A file that cannot be read,
     * decoded or parsed becomes a {@link ProcessingError}; the other files are still analysed. Files
     * are read first so that a project index of what files inherit from each other can be built.
     */
    public LintResult lintFiles(Collection<Path> files) {
        List<Path> paths = List.copyOf(files);
        List<Object> texts = parallel(paths, this::read);
        List<String> readable = texts.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        ProjectIndex index = ProjectIndex.build(readable);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            positions.add(i);
        }
        List<FileResult> results = parallel(positions, i -> texts.get(i) instanceof String text
                ? analyzer.analyze(paths.get(i), text, index)
                : FileResult.failed((ProcessingError) texts.get(i)));
        return merge(results, paths.size());
    }

    /** Analyses one file already in memory, on its own; {@code file} names it in findings and errors. */
    public FileResult lintSource(Path file, String text) {
        return analyzer.analyze(file, text, ProjectIndex.EMPTY);
    }

    /** The decoded text, or the {@link ProcessingError} that says why it cannot be had. */
    private Object read(Path file) {
        try {
            return config.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return new ProcessingError(file, 0, 0,
                    "not valid " + config.encoding().name() + " text (set the encoding to the one the file uses)");
        } catch (IOException | RuntimeException e) {
            return new ProcessingError(file, 0, 0, "cannot be read: " + e);
        }
    }

    /** Applies {@code work} to each item, {@link LintConfig#threads()} at a time, keeping the order. */
    private <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
        if (config.threads() == 1 || items.size() < 2) {
            return items.stream().map(work).toList();
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), items.size()));
        try {
            List<Future<R>> futures = new ArrayList<>();
            items.forEach(item -> futures.add(pool.submit(() -> work.apply(item))));
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while analysing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Analysis failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static LintResult merge(List<FileResult> results, int fileCount) {
        List<Finding> findings = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (FileResult result : results) {
            findings.addAll(result.findings());
            result.error().ifPresent(errors::add);
        }
        return new LintResult(findings, errors, fileCount);
    }
}
