package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.api.RuleInfo;
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
     * decoded or parsed becomes a {@link ProcessingError}; the other files are still analysed.
     */
    public LintResult lintFiles(Collection<Path> files) {
        List<FileResult> results = new ArrayList<>();
        if (config.threads() == 1 || files.size() < 2) {
            files.forEach(file -> results.add(lintFile(file)));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), files.size()));
            try {
                List<Future<FileResult>> futures = new ArrayList<>();
                files.forEach(file -> futures.add(pool.submit(() -> lintFile(file))));
                for (Future<FileResult> future : futures) {
                    results.add(future.get());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while analysing", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Analysis failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return merge(results, files.size());
    }

    /** Analyses one file already in memory; {@code file} names it in findings and errors. */
    public FileResult lintSource(Path file, String text) {
        return analyzer.analyze(file, text);
    }

    private FileResult lintFile(Path file) {
        String text;
        try {
            text = config.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            return FileResult.failed(new ProcessingError(file, 0, 0,
                    "not valid " + config.encoding().name() + " text (set the encoding to the one the file uses)"));
        } catch (IOException | RuntimeException e) {
            return FileResult.failed(new ProcessingError(file, 0, 0, "cannot be read: " + e));
        }
        return lintSource(file, text);
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
