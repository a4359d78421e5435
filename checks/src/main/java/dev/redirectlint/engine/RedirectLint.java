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
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
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

    public RedirectLint(LintConfig config) {
        this.config = config;
        this.analyzer = new FileAnalyzer(config);
        this.guard = new FileGuard(config.fileTimeout());
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
     * decoded or parsed, that is binary or larger than {@link LintConfig#maxFileSize()}, that is too
     * deeply nested or takes longer than {@link LintConfig#fileTimeout()}, becomes a
     * {@link ProcessingError}; the other files are still analysed. Files are read first so that a project
     * index of what files inherit from each other can be built.
     */
    public LintResult lintFiles(Collection<Path> files) {
        List<Path> paths = List.copyOf(files);
        List<Object> texts = parallel(paths, this::read);
        Map<String, Path> readable = new IdentityHashMap<>();
        // Written by the index pass, which runs on several threads.
        Map<String, ProcessingError> indexFailures = Collections.synchronizedMap(new IdentityHashMap<>());
        for (int i = 0; i < paths.size(); i++) {
            if (texts.get(i) instanceof String text) {
                readable.put(text, paths.get(i));
            }
        }
        ProjectIndex index = ProjectIndex.build(texts.stream().filter(String.class::isInstance)
                .map(String.class::cast).toList(), (text, work) -> {
                    FileGuard.Outcome<ProjectIndex.IndexedFile> outcome = guard.run(readable.get(text), "parse", work);
                    if (!outcome.ok()) {
                        indexFailures.put(text, outcome.error());
                    }
                    return Optional.ofNullable(outcome.value());
                }, this::parallel);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            positions.add(i);
        }
        List<FileResult> results = parallel(positions, i -> {
            if (!(texts.get(i) instanceof String text)) {
                return FileResult.failed((ProcessingError) texts.get(i));
            }
            ProcessingError failure = indexFailures.get(text);
            return failure != null ? FileResult.failed(failure) : analyze(paths.get(i), text, index);
        });
        return merge(results, paths.size());
    }

    /**
     * Analyses one file already in memory, on its own; {@code file} names it in findings and errors. The
     * same limits as in {@link #lintFiles} apply (size in characters, binary content, nesting, time).
     */
    public FileResult lintSource(Path file, String text) {
        ProcessingError rejected = checkText(file, text, text.length());
        return rejected != null ? FileResult.failed(rejected) : analyze(file, text, ProjectIndex.EMPTY);
    }

    private FileResult analyze(Path file, String text, ProjectIndex index) {
        FileGuard.Outcome<FileResult> outcome = guard.run(file, "analyse", () -> analyzer.analyze(file, text, index));
        return outcome.ok() ? outcome.value() : FileResult.failed(outcome.error());
    }

    /** The decoded text, or the {@link ProcessingError} that says why it cannot be had. */
    private Object read(Path file) {
        try {
            if (Files.isDirectory(file)) {
                return new ProcessingError(file, 0, 0, "cannot be read: it is a directory");
            }
            long size = Files.size(file);
            if (size > config.maxFileSize()) {
                return tooLarge(file, size, "bytes");
            }
            String text = config.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
            ProcessingError rejected = checkText(file, text, size);
            return rejected != null ? rejected : text;
        } catch (CharacterCodingException e) {
            return new ProcessingError(file, 0, 0,
                    "not valid " + config.encoding().name() + " text (set the encoding to the one the file uses)");
        } catch (NoSuchFileException e) {
            return new ProcessingError(file, 0, 0, "cannot be read: no such file (a broken symbolic link?)");
        } catch (AccessDeniedException e) {
            return new ProcessingError(file, 0, 0, "cannot be read: permission denied");
        } catch (FileSystemException e) {
            return new ProcessingError(file, 0, 0, "cannot be read: "
                    + (e.getReason() != null ? e.getReason() : e.toString()));
        } catch (IOException | RuntimeException e) {
            return new ProcessingError(file, 0, 0, "cannot be read: " + e);
        } catch (OutOfMemoryError e) {
            return new ProcessingError(file, 0, 0, "too large to read in the memory available (OutOfMemoryError)");
        }
    }

    /** Why text must not be analysed at all (too large, binary), or {@code null}. */
    private ProcessingError checkText(Path file, String text, long size) {
        if (size > config.maxFileSize()) {
            return tooLarge(file, size, "characters");
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new ProcessingError(file, 0, 0, "not a text file: it holds a NUL character at offset " + nul
                    + " (binary content, or the wrong encoding); not analysed");
        }
        return null;
    }

    private ProcessingError tooLarge(Path file, long size, String unit) {
        return new ProcessingError(file, 0, 0, "too large: " + size + " " + unit + ", more than the maximum of "
                + config.maxFileSize() + " (maxFileSize); not analysed");
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
