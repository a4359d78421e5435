package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.frameworks.SpringViewResolverSettings;
import dev.redirectlint.java.ProjectSettings;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.project.Candidates;
import dev.redirectlint.project.FileFacts;
import dev.redirectlint.project.FileMentions;
import dev.redirectlint.project.LexicalScanner;
import dev.redirectlint.project.ProjectModel;
import dev.redirectlint.project.Reads;
import dev.redirectlint.project.Relevance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run over a project, in four steps:
 * <ol>
 *   <li>read every file and scan it lexically ({@link LexicalScanner}): what it declares and mentions;</li>
 *   <li>find, by name, the files to check that can hold a handler answering with a redirect
 *   ({@link Relevance}, {@link Candidates});</li>
 *   <li>analyse those, in parallel, with the whole project behind them ({@link ProjectModel}): other files
 *   are parsed only when an analysis needs them;</li>
 *   <li>merge the findings: a handler inherited by several concrete controllers is one finding.</li>
 * </ol>
 */
final class ProjectRun {

    /** Of the maximum heap, the share that parsed trees kept for reuse may take, as source characters. */
    private static final int TREE_BYTES_PER_CHAR = 64;

    private final LintConfig config;
    private final FileAnalyzer analyzer;
    private final FileGuard guard;
    private final SourceReader reader;
    private final Parallel parallel;

    ProjectRun(LintConfig config, FileAnalyzer analyzer, FileGuard guard, SourceReader reader, Parallel parallel) {
        this.config = config;
        this.analyzer = analyzer;
        this.guard = guard;
        this.reader = reader;
        this.parallel = parallel;
    }

    /** A file as the first step leaves it: its facts, or the reason it cannot be read. */
    record Scanned(Path path, boolean own, String hash, FileFacts facts, FileMentions mentions, ProcessingError error) {}

    LintResult run(ProjectSources sources) {
        List<Path> paths = new ArrayList<>(sources.own());
        int ownCount = paths.size();
        for (Path path : sources.context()) {
            if (!paths.contains(path)) {
                paths.add(path);
            }
        }
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < paths.size(); i++) {
            positions.add(i);
        }
        List<Scanned> scanned = parallel.map(positions, i -> scan(paths.get(i), i < ownCount, sources.texts()));

        List<Scanned> readable = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (Scanned file : scanned) {
            if (file.error() != null) {
                if (file.own()) {
                    errors.add(file.error());
                }
            } else {
                readable.add(file);
            }
        }
        List<Relevance.Input> inputs = readable.stream().map(f -> new Relevance.Input(f.facts(), f.mentions())).toList();
        BitSet own = new BitSet();
        for (int i = 0; i < readable.size(); i++) {
            if (readable.get(i).own()) {
                own.set(i);
            }
        }
        BitSet candidates;
        Relevance relevance = null;
        if (config.analyseEveryFile()) {
            candidates = own;
        } else {
            relevance = Relevance.of(inputs);
            candidates = Candidates.of(inputs, relevance, own);
            for (int i = own.nextSetBit(0); i >= 0; i = own.nextSetBit(i + 1)) {
                if (!inputs.get(i).facts().structured()) {
                    candidates.set(i); // its brackets do not pair up: parse it, to report its syntax error
                }
            }
        }

        List<ProjectModel.Entry> entries = readable.stream()
                .map(f -> new ProjectModel.Entry(f.path(), f.own(), f.hash(), f.facts())).toList();
        long budget = Runtime.getRuntime().maxMemory() / 4 / TREE_BYTES_PER_CHAR;
        ProjectModel.SourceLoader loader = path -> reader.text(path, sources.texts());
        ProjectModel settingsModel = new ProjectModel(entries, loader, budget, ProjectSettings.NONE, relevance);
        ProjectSettings settings = settings(settingsModel, sources.configFiles());
        ProjectModel model = new ProjectModel(entries, loader, budget, settings, relevance);

        List<Integer> toAnalyse = new ArrayList<>();
        candidates.stream().forEach(toAnalyse::add);
        List<FileResult> results = parallel.map(toAnalyse, i -> analyse(model, i));
        List<Finding> findings = new ArrayList<>();
        for (FileResult result : results) {
            findings.addAll(result.findings());
            result.error().ifPresent(errors::add);
        }
        return new LintResult(InheritedHandlers.merge(findings), errors, ownCount);
    }

    private Scanned scan(Path path, boolean own, Map<Path, String> texts) {
        SourceReader.Read read = reader.read(path, texts);
        if (read.error() != null) {
            return new Scanned(path, own, null, null, null, read.error());
        }
        LexicalScanner.Scan scan = LexicalScanner.scan(read.text());
        return new Scanned(path, own, read.hash(), scan.facts(), scan.mentions(), null);
    }

    /** Project-wide settings, read from the Java files that mention them and from the configuration files. */
    private ProjectSettings settings(ProjectModel model, List<Path> configFiles) {
        List<SourceFile> javaFiles = new ArrayList<>();
        for (int i = 0; i < model.entries().size(); i++) {
            if (model.entries().get(i).facts().mentionsSetting()) {
                model.file(i).ifPresent(javaFiles::add);
            }
        }
        return new ProjectSettings(SpringViewResolverSettings.http11Redirects(javaFiles, configFiles));
    }

    private FileResult analyse(ProjectModel model, int index) {
        Path path = model.entries().get(index).path();
        Reads reads = new Reads();
        FileGuard.Outcome<FileResult> outcome = guard.run(path, "analyse",
                () -> reads.during(() -> analyzer.analyze(model, index)));
        return outcome.ok() ? outcome.value().withReads(reads) : FileResult.failed(outcome.error());
    }

    /** The findings of several files, by file, for callers that want them so. */
    static Map<Path, List<Finding>> byFile(List<Finding> findings) {
        Map<Path, List<Finding>> byFile = new LinkedHashMap<>();
        findings.forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
        return byFile;
    }

    /** Applies work to items, several at a time, keeping their order. */
    interface Parallel {
        <T, R> List<R> map(List<T> items, java.util.function.Function<T, R> work);
    }

    static Optional<String> describe(ProjectSettings settings) {
        return settings.http11ViewRedirects();
    }
}
