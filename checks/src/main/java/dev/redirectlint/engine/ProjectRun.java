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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

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
 * With a cache, a run in which no file changed (same size and modification time) reuses every result
 * without reading a file; otherwise every file is read and scanned again, and each candidate's cached result
 * is reused while everything its analysis read is unchanged.
 */
final class ProjectRun {

    /**
     * Parsed trees kept for reuse, as source characters: a tree takes some 60 bytes per character, so two
     * million is about 120 MB, for the base classes and helpers many analyses share. Less with a small heap.
     */
    private static final long TREE_BUDGET_CHARS = Long.getLong("rl.budget", 2_000_000);
    private static final int TREE_BYTES_PER_CHAR = 64;

    private final LintConfig config;
    private final FileAnalyzer analyzer;
    private final FileGuard guard;
    private final SourceReader reader;
    private final Parallel parallel;
    private final List<String> notes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    ProjectRun(LintConfig config, FileAnalyzer analyzer, FileGuard guard, SourceReader reader, Parallel parallel) {
        this.config = config;
        this.analyzer = analyzer;
        this.guard = guard;
        this.reader = reader;
        this.parallel = parallel;
    }

    /** Applies work to items, several at a time, keeping their order. */
    interface Parallel {
        <T, R> List<R> map(List<T> items, Function<T, R> work);
    }

    /** A file as the first step leaves it: its facts, or the reason it cannot be read. */
    record Scanned(Path path, boolean own, long size, long modified, String hash, FileFacts facts,
            FileMentions mentions, ProcessingError error) {}

    /** A file's size and modification time, or -1 for both when it cannot be read. */
    private record Stat(Path path, boolean own, long size, long modified) {}

    LintResult run(ProjectSources sources) {
        long start = System.nanoTime();
        List<Stat> files = stat(sources);
        int ownCount = sources.own().size();
        Optional<CacheStore> cache = sources.cache();
        String key = RedirectLint.version() + "|" + config.digest();
        Optional<ResultCache.State> cached = cache.flatMap(c -> c.read(key, warnings));
        String configStamp = configStamp(sources.configFiles());
        if (cached.isPresent() && sources.texts().isEmpty() && unchanged(files, cached.get())
                && cached.get().configStamp().equals(configStamp)) {
            notes.add("redirect-lint: no file changed since the last run; every result comes from the cache "
                    + cache.get().describe());
            return fromCache(cached.get(), ownCount);
        }

        long statted = System.nanoTime();
        List<Scanned> scanned = parallel.map(files, stat -> scan(stat, sources.texts(), cached));
        long read = System.nanoTime();
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
        Relevance relevance = null;
        BitSet candidates = own;
        if (!config.analyseEveryFile()) {
            relevance = Relevance.of(inputs);
            candidates = Candidates.of(inputs, relevance, own);
            relevance.releaseMentions();
            for (int i = own.nextSetBit(0); i >= 0; i = own.nextSetBit(i + 1)) {
                if (!inputs.get(i).facts().structured()) {
                    candidates.set(i); // its brackets do not pair up: parse it, to report its syntax error
                }
            }
        }

        long closed = System.nanoTime();
        List<ProjectModel.Entry> entries = readable.stream()
                .map(f -> new ProjectModel.Entry(f.path(), f.own(), f.hash(), f.facts())).toList();
        // The identifiers the closure needed are the largest part of the scan: let them go before parsing.
        inputs = null;
        scanned = withoutMentions(scanned);
        readable = withoutMentions(readable);
        long budget = Math.min(TREE_BUDGET_CHARS, Runtime.getRuntime().maxMemory() / 4 / TREE_BYTES_PER_CHAR);
        ProjectModel.SourceLoader loader = path -> reader.text(path, sources.texts());
        ProjectSettings settings = settings(new ProjectModel(entries, loader, budget, ProjectSettings.NONE, relevance),
                sources.configFiles());
        settings.http11ViewRedirects().ifPresent(where -> notes.add("redirect-lint: redirectHttp10Compatible=false is"
                + " set at " + where + ": redirect: view names answer 303 See Other throughout the application"));
        String settingsDigest = settings.toString();
        ProjectModel model = new ProjectModel(entries, loader, budget, settings, relevance);

        List<Integer> toAnalyse = new ArrayList<>();
        Map<Path, ResultCache.CachedResult> results = new LinkedHashMap<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Optional<ResultCache.CachedResult> reusable = cached.isPresent()
                    ? reusable(cached.get(), model, i, settingsDigest) : Optional.empty();
            if (reusable.isPresent()) {
                results.put(entries.get(i).path(), reusable.get());
            } else {
                toAnalyse.add(i);
            }
        }
        if (cached.isPresent()) {
            notes.add("redirect-lint: " + results.size() + " of " + candidates.cardinality()
                    + " analysed files reused from the cache, " + toAnalyse.size() + " analysed again");
        }
        // Largest first: the long analyses start early and both threads stay busy to the end.
        List<Scanned> sized = readable;
        toAnalyse.sort(java.util.Comparator.comparingLong((Integer i) -> -sized.get(i).size()));
        long prepared = System.nanoTime();
        List<FileResult> analysed = parallel.map(toAnalyse, i -> analyse(model, i));
        long done = System.nanoTime();
        for (int k = 0; k < toAnalyse.size(); k++) {
            int index = toAnalyse.get(k);
            FileResult result = analysed.get(k);
            results.put(entries.get(index).path(), new ResultCache.CachedResult(entries.get(index).path(),
                    result.findings(), result.error().orElse(null), readFiles(model, result.reads()),
                    result.reads() == null ? Map.of() : result.reads().answers()));
        }
        List<Finding> findings = new ArrayList<>();
        for (ResultCache.CachedResult result : results.values()) {
            findings.addAll(result.findings());
            if (result.error() != null) {
                errors.add(result.error());
            }
        }
        List<Scanned> seen = scanned;
        cache.ifPresent(c -> save(c, key, seen, results, settingsDigest, configStamp, sources.texts()));
        notes.add(String.format("redirect-lint: %d files read and scanned in %d ms (stat %d ms), %d to analyse found in"
                + " %d ms, settings and model %d ms, %d analysed in %d ms (%d files parsed), cache %d ms",
                files.size(), millis(statted, read), millis(start, statted), candidates.cardinality(),
                millis(read, closed), millis(closed, prepared), toAnalyse.size(), millis(prepared, done),
                model.parsedCount(), millis(done, System.nanoTime())));
        return new LintResult(InheritedHandlers.merge(findings), errors, ownCount, notes, warnings);
    }

    private static List<Scanned> withoutMentions(List<Scanned> files) {
        return files.stream().map(f -> new Scanned(f.path(), f.own(), f.size(), f.modified(), f.hash(), f.facts(), null,
                f.error())).toList();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<Stat> stat(ProjectSources sources) {
        List<Stat> files = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Path path : sources.own()) {
            files.add(new Stat(path, true, -1, -1));
            seen.add(path);
        }
        for (Path path : sources.context()) {
            if (!seen.contains(path)) {
                files.add(new Stat(path, false, -1, -1));
            }
        }
        return parallel.map(files, stat -> {
            try {
                BasicFileAttributes attributes = Files.readAttributes(stat.path(), BasicFileAttributes.class);
                return new Stat(stat.path(), stat.own(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException | RuntimeException e) {
                return stat;
            }
        });
    }

    /** The configuration files' paths, sizes and modification times: a change to one invalidates the cache. */
    private static String configStamp(List<Path> configFiles) {
        StringBuilder stamp = new StringBuilder();
        for (Path file : configFiles) {
            stamp.append(file).append('|');
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                stamp.append(attributes.size()).append('|').append(attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                stamp.append('-');
            }
            stamp.append(';');
        }
        return stamp.toString();
    }

    /** True if the cache saw exactly these files, each with the same size and modification time. */
    private static boolean unchanged(List<Stat> files, ResultCache.State state) {
        if (files.size() != state.files().size()) {
            return false;
        }
        for (Stat stat : files) {
            ResultCache.CachedFile cached = state.files().get(stat.path());
            if (cached == null || cached.own() != stat.own() || stat.size() < 0 || cached.size() != stat.size()
                    || cached.modified() != stat.modified()) {
                return false;
            }
        }
        return true;
    }

    private LintResult fromCache(ResultCache.State state, int ownCount) {
        List<Finding> findings = new ArrayList<>();
        List<ProcessingError> errors = new ArrayList<>();
        for (ResultCache.CachedFile file : state.files().values()) {
            if (file.error() != null && file.own()) {
                errors.add(file.error());
            }
        }
        for (ResultCache.CachedResult result : state.results().values()) {
            findings.addAll(result.findings());
            if (result.error() != null) {
                errors.add(result.error());
            }
        }
        return new LintResult(InheritedHandlers.merge(findings), errors, ownCount, notes, warnings);
    }

    /**
     * The cached result of a file, if it still holds: the file's own hash, every file its analysis read and
     * every answer it got are the same now.
     */
    private static Optional<ResultCache.CachedResult> reusable(ResultCache.State state, ProjectModel model, int index,
            String settingsDigest) {
        ProjectModel.Entry entry = model.entries().get(index);
        ResultCache.CachedResult result = state.results().get(entry.path());
        if (result == null || result.error() != null || !state.settingsDigest().equals(settingsDigest)) {
            return Optional.empty();
        }
        String ownHash = result.files().get(entry.path());
        if (ownHash == null || !ownHash.equals(entry.hash())) {
            return Optional.empty();
        }
        for (Map.Entry<Path, String> read : result.files().entrySet()) {
            int file = model.indexOf(read.getKey());
            if (file < 0 || !model.entries().get(file).hash().equals(read.getValue())) {
                return Optional.empty();
            }
        }
        for (Map.Entry<String, String> answer : result.answers().entrySet()) {
            if (!model.answer(answer.getKey()).equals(answer.getValue())) {
                return Optional.empty();
            }
        }
        return Optional.of(result);
    }

    private static Map<Path, String> readFiles(ProjectModel model, Reads reads) {
        Map<Path, String> files = new LinkedHashMap<>();
        if (reads != null) {
            for (int index : reads.files()) {
                ProjectModel.Entry entry = model.entries().get(index);
                files.put(entry.path(), entry.hash());
            }
        }
        return files;
    }

    private void save(CacheStore cache, String key, List<Scanned> scanned, Map<Path, ResultCache.CachedResult> results,
            String settingsDigest, String configStamp, Map<Path, String> texts) {
        if (!texts.isEmpty()) {
            return; // texts held in memory are not what is on disk
        }
        Map<Path, ResultCache.CachedFile> files = new LinkedHashMap<>();
        for (Scanned file : scanned) {
            files.put(file.path(), new ResultCache.CachedFile(file.path(), file.own(), file.size(), file.modified(),
                    file.hash(), file.facts(), file.error()));
        }
        try {
            cache.write(key, new ResultCache.State(settingsDigest, configStamp, files, results));
        } catch (IOException | RuntimeException e) {
            warnings.add("redirect-lint: cannot write the cache " + cache.describe() + ": " + e.getMessage());
        }
    }

    /** Reads and scans a file (its hash taken from the cache when its size and modification time match). */
    private Scanned scan(Stat stat, Map<Path, String> texts, Optional<ResultCache.State> cached) {
        SourceReader.Scan read = reader.scan(stat.path(), texts);
        if (read.error() != null) {
            return new Scanned(stat.path(), stat.own(), stat.size(), stat.modified(), null, null, null, read.error());
        }
        return new Scanned(stat.path(), stat.own(), stat.size(), stat.modified(), read.hash(), read.scan().facts(),
                read.scan().mentions(), null);
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
        return outcome.ok() ? outcome.value().withReads(reads.released()) : FileResult.failed(outcome.error());
    }
}
