package dev.redirectlint.engine;

import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final FileGuard guard;
    private final SourceReader reader;

    public RedirectLint(LintConfig config) {
        this.config = config;
        this.analyzer = new FileAnalyzer(config);
        this.guard = new FileGuard(config.fileTimeout());
        this.reader = new SourceReader(config);
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
     * Reads and analyses the files, {@link LintConfig#threads()} at a time, as one project. A file that
     * cannot be read, decoded or parsed, that is binary or larger than {@link LintConfig#maxFileSize()},
     * that is too deeply nested or takes longer than {@link LintConfig#fileTimeout()}, becomes a
     * {@link ProcessingError}; the other files are still analysed.
     */
    public LintResult lintFiles(Collection<Path> files) {
        return lint(ProjectSources.of(List.copyOf(files)));
    }

    /**
     * Analyses a project: the sources to check, with the sources they depend on as context. Every file is
     * read and scanned; only those that can hold a handler answering with a redirect are parsed and
     * analysed, and other files only when an analysis needs them.
     */
    public LintResult lint(ProjectSources sources) {
        return new ProjectRun(config, analyzer, guard, reader, this::parallel).run(sources);
    }

    /**
     * What {@link #lint} would give, when it can be had from the sources' cache because no file (nor
     * configuration file) changed since the run that wrote it; empty otherwise. Cheap: it reads no source.
     */
    public Optional<LintResult> unchanged(ProjectSources sources) {
        return new ProjectRun(config, analyzer, guard, reader, this::parallel).unchanged(sources);
    }

    /**
     * Analyses one file already in memory, on its own; {@code file} names it in findings and errors. The
     * same limits as in {@link #lintFiles} apply (size in characters, binary content, nesting, time).
     */
    public FileResult lintSource(Path file, String text) {
        LintResult result = lint(ProjectSources.inMemory(Map.of(file, text)));
        return new FileResult(result.findings(), result.errors().stream().findFirst());
    }

    /** Analyses files held in memory, by path, as one project (as an editor's buffers, or tests). */
    public LintResult lintSources(Map<Path, String> texts) {
        return lint(ProjectSources.inMemory(texts));
    }

    /** Applies {@code work} to each item, {@link LintConfig#threads()} at a time, keeping the order. */
    <T, R> List<R> parallel(List<T> items, Function<T, R> work) {
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

}
