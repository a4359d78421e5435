package dev.redirectlint.engine;

import dev.redirectlint.api.Finding;
import dev.redirectlint.api.LintResult;
import dev.redirectlint.api.ProcessingError;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.java.ProjectSettings;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.SourceSetting;
import dev.redirectlint.project.Candidates;
import dev.redirectlint.project.FileClosure;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
 * without reading a file. After edits inside members (the usual change), only the edited files are read and
 * scanned, and the closure is the cached one with them decided again; any other change (a file added or
 * removed, a declaration changed, something newly relevant) reads and scans every file again. Either way,
 * each candidate's cached result is reused while everything its analysis read is unchanged.
 */
final class ProjectRun {

    /** The homes' settings made in sources, read when the files that mention them change. */
    private static final List<SourceSetting> SOURCE_SETTINGS = FrameworkFacts.allSourceSettings();

    /**
     * Parsed trees kept for reuse, as source characters. A tree without its tokens takes some 27 bytes per
     * character (the 539 files a cold run on spring-framework parses: 5.5 million characters, 141 MB), 40 with
     * what the analyses memoise on it: six million is at most about 240 MB, and holds every tree that run needs,
     * so none is parsed twice (with two million, 113 of its base classes and helpers were, a fifth of the parsing).
     * Less with a small heap: a quarter of it at most.
     */
    private static final long TREE_BUDGET_CHARS = 6_000_000;
    private static final int TREE_BYTES_PER_CHAR = 40;
    /** The modification time cached for a file whose text came from memory: no file on disk has it. */
    private static final long HELD_IN_MEMORY = Long.MIN_VALUE;

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

    /**
     * A file as the first step leaves it: its facts, or the reason it cannot be read.
     *
     * @param mentions its identifiers, when it was scanned in this run
     * @param stored its cache entry, when this run reuses it unchanged (facts and closure findings alike)
     */
    record Scanned(Path path, boolean own, long size, long modified, String hash, FileFacts facts,
            FileMentions mentions, ProcessingError error, StoredFacts stored) {}

    /** What the first two steps leave: every file, those that could be read, and what to analyse. */
    private record Closed(List<Scanned> scanned, List<Scanned> readable, Relevance relevance, BitSet candidates,
            String how) {}


    /**
     * The last run's result, when the sources have a cache, no text is held in memory, and no file changed
     * since: the first step of {@link #run}, on its own, for a caller that would otherwise start the work
     * elsewhere (a forked JVM).
     */
    Optional<LintResult> unchanged(ProjectSources sources) {
        if (sources.cache().isEmpty() || !sources.texts().isEmpty()) {
            return Optional.empty();
        }
        List<FileStat> files = stat(sources);
        Map<Path, FileStat> byPath = new HashMap<>();
        files.forEach(stat -> byPath.put(stat.path(), stat));
        // Why a cache cannot be used is told by the run that follows, not twice.
        Optional<ResultCache.State> cached = sources.cache().get().readIfDescribes(cacheKey(), new ArrayList<>(),
                (path, cachedFile) -> byPath.containsKey(path) && sameFile(byPath.get(path), cachedFile),
                files);
        return ifUnchanged(sources, files, cached, configStamp(sources.configFiles()));
    }

    /** The cached result of every file, if the files and configuration files are as the cache saw them. */
    private Optional<LintResult> ifUnchanged(ProjectSources sources, List<FileStat> files,
            Optional<ResultCache.State> cached, String configStamp) {
        if (cached.isEmpty() || !sources.texts().isEmpty() || !unchanged(files, cached.get())
                || !cached.get().configStamp().equals(configStamp)) {
            return Optional.empty();
        }
        notes.add("redirect-lint: no file changed since the last run; every result comes from the cache "
                + sources.cache().get().describe());
        return Optional.of(fromCache(cached.get(), sources.own().size()));
    }

    /** What a cache must have been written under to be used: this version and this configuration. */
    private String cacheKey() {
        return RedirectLint.version() + "|" + config.digest();
    }

    LintResult run(ProjectSources sources) {
        long start = System.nanoTime();
        List<FileStat> files = stat(sources);
        int ownCount = sources.own().size();
        Optional<CacheStore> cache = sources.cache();
        String key = cacheKey();
        Optional<ResultCache.State> cached = cache.flatMap(c -> c.read(key, warnings));
        String configStamp = configStamp(sources.configFiles());
        Optional<LintResult> reused = ifUnchanged(sources, files, cached, configStamp);
        if (reused.isPresent()) {
            return reused.get();
        }

        long statted = System.nanoTime();
        Closed closed = cached.flatMap(state -> incremental(files, state, sources.texts())).orElseGet(() -> full(files,
                sources.texts()));
        // The identifiers the closure needed are the largest part of the scan: let them go before parsing
        // (every reference to them, this method's too).
        List<Scanned> scanned = withoutMentions(closed.scanned());
        List<Scanned> readable = withoutMentions(closed.readable());
        Relevance relevance = closed.relevance();
        BitSet candidates = closed.candidates();
        String how = closed.how();
        closed = null;
        List<ProcessingError> errors = new ArrayList<>();
        for (Scanned file : scanned) {
            if (file.error() != null && file.own()) {
                errors.add(file.error());
            }
        }
        long closedAt = System.nanoTime();
        List<ProjectModel.Entry> entries = readable.stream()
                .map(f -> new ProjectModel.Entry(f.path(), f.own(), f.hash(), f.facts())).toList();
        long budget = Math.min(TREE_BUDGET_CHARS, Runtime.getRuntime().maxMemory() / 4 / TREE_BYTES_PER_CHAR);
        ProjectModel.SourceLoader loader = (path, hash) -> reader.text(path, sources.texts(), hash);
        String settingsSources = settingsSources(entries, configStamp);
        // What the homes read from their files is small and read again on every run, not cached; it is part of
        // the settings' text, the digest the cached results were computed under.
        ProjectSettings settings = cached.filter(state -> settingsSources.equals(state.settingsSources()))
                .map(state -> new ProjectSettings(state.settings()))
                .orElseGet(() -> settings(new ProjectModel(entries, loader, budget, ProjectSettings.NONE, relevance),
                        sources.xmlConfigFiles()))
                .withConfig(FrameworkHome.readConfig(sources.configFiles()));
        for (SourceSetting setting : SOURCE_SETTINGS) {
            settings.sourceSetting(setting.name()).ifPresent(where -> notes.add("redirect-lint: " + setting.note(where)));
        }
        String settingsDigest = settings.toString();
        ProjectModel model = new ProjectModel(entries, loader, budget, settings, relevance);
        // The lexical candidates are what the cache keeps; those the homes' files add are found again each run.
        BitSet toCheck = withConfigCandidates(candidates, readable, settings, sources.texts());

        List<Integer> toAnalyse = new ArrayList<>();
        Map<Path, ResultCache.CachedResult> results = new LinkedHashMap<>();
        // A configuration file that could not be read is kept as a result of its own, with no findings: the
        // cache then reports it again on a run that reads nothing.
        for (ProcessingError error : settings.configErrors()) {
            results.put(error.file(), new ResultCache.CachedResult(error.file(), List.of(), error, Map.of(), Map.of()));
        }
        for (int i = toCheck.nextSetBit(0); i >= 0; i = toCheck.nextSetBit(i + 1)) {
            Optional<ResultCache.CachedResult> reusable = cached.isPresent()
                    ? reusable(cached.get(), model, i, settingsDigest) : Optional.empty();
            if (reusable.isPresent()) {
                results.put(entries.get(i).path(), reusable.get());
            } else {
                toAnalyse.add(i);
            }
        }
        if (cached.isPresent()) {
            notes.add("redirect-lint: " + results.size() + " of " + toCheck.cardinality()
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
        Relevance closure = relevance;
        ResultCache.State state = new ResultCache.State(settingsDigest, settingsSources,
                settings.sourceSettings(), configStamp, Map.of(), results);
        cache.ifPresent(c -> save(c, key, seen, closure, candidates, state, sources.texts()));
        notes.add(String.format("redirect-lint: %d files, %s, %d to analyse found in %d ms (stat %d ms), settings and"
                + " model %d ms, %d analysed in %d ms (%d files parsed), cache %d ms",
                files.size(), how, toCheck.cardinality(), millis(statted, closedAt), millis(start, statted),
                millis(closedAt, prepared), toAnalyse.size(), millis(prepared, done), model.parsedCount(),
                millis(done, System.nanoTime())));
        Map<Path, String> hashes = new HashMap<>();
        entries.forEach(entry -> hashes.put(entry.path(), entry.hash()));
        return new LintResult(InheritedHandlers.merge(findings), errors, ownCount, notes, warnings, hashes);
    }

    /**
     * The candidates, and each other source to check that a home's files make a redirect of, which no word of the
     * lexical prefilter marks: one that declares a class they make a handler of ({@link ProjectSettings#entryTypes()},
     * a struts.xml action whose result redirects), or whose text holds what they name
     * ({@link ProjectSettings#candidateText()}: an outcome that a Faces navigation case redirects). The candidates
     * themselves are left as they are: the cache keeps the closure's own choice. Nothing is read when no home asks
     * for anything.
     */
    private BitSet withConfigCandidates(BitSet candidates, List<Scanned> readable, ProjectSettings settings,
            Map<Path, String> texts) {
        Set<String> entryTypes = settings.entryTypes();
        Set<String> wanted = settings.candidateText();
        if (entryTypes.isEmpty() && wanted.isEmpty()) {
            return candidates;
        }
        BitSet analysed = (BitSet) candidates.clone();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < readable.size(); i++) {
            FileFacts facts = readable.get(i).facts();
            if (!readable.get(i).own() || analysed.get(i)) {
                continue;
            }
            if (facts != null && facts.types().stream().anyMatch(type -> entryTypes.contains(facts.qualifiedName(type)))) {
                analysed.set(i);
            } else if (!wanted.isEmpty()) {
                others.add(i);
            }
        }
        List<Boolean> holds = parallel.map(others, i -> {
            try {
                String text = reader.text(readable.get(i).path(), texts, readable.get(i).hash());
                return wanted.stream().anyMatch(text::contains);
            } catch (IOException | RuntimeException e) {
                return true; // analysed, so that what changed or cannot be read is reported as for any candidate
            }
        });
        for (int k = 0; k < others.size(); k++) {
            if (holds.get(k)) {
                analysed.set(others.get(k));
            }
        }
        return analysed;
    }

    /** Reads and scans every file and takes the closure over them all. */
    private Closed full(List<FileStat> files, Map<Path, String> texts) {
        long start = System.nanoTime();
        List<Scanned> scanned = parallel.map(files, stat -> scan(stat, texts));
        long scannedAt = System.nanoTime();
        List<Scanned> readable = scanned.stream().filter(file -> file.error() == null).toList();
        List<Relevance.Input> inputs = readable.stream().map(f -> new Relevance.Input(f.facts(), f.mentions())).toList();
        BitSet own = new BitSet();
        for (int i = 0; i < readable.size(); i++) {
            if (readable.get(i).own()) {
                own.set(i);
            }
        }
        if (config.analyseEveryFile()) {
            return new Closed(scanned, readable, null, own, "every file read and scanned");
        }
        Relevance relevance = Relevance.of(inputs);
        BitSet candidates = Candidates.of(inputs, relevance, own);
        relevance.releaseMentions();
        markUnstructured(readable, candidates);
        return new Closed(scanned, readable, relevance, candidates, String.format(
                "every file read and scanned (%d ms, the closure %d ms)", millis(start, scannedAt),
                millis(scannedAt, System.nanoTime())));
    }

    /** An own file whose brackets do not pair up is parsed, to report its syntax error. */
    private static void markUnstructured(List<Scanned> readable, BitSet candidates) {
        for (int i = 0; i < readable.size(); i++) {
            if (readable.get(i).own() && !readable.get(i).facts().structured()) {
                candidates.set(i);
            }
        }
    }

    /**
     * The first two steps from the cache, when the files are the ones it saw and every edited file declares what
     * it declared before (its edit is inside members): only the edited files are read, and the closure is the
     * cached one with them decided again ({@link Relevance#recheck}). Empty when a full run is needed: a file
     * added, removed or made unreadable, a declaration changed, or something new became relevant.
     */
    private Optional<Closed> incremental(List<FileStat> files, ResultCache.State state, Map<Path, String> texts) {
        if (config.analyseEveryFile() || files.size() != state.files().size()) {
            return Optional.empty();
        }
        List<FileStat> changed = new ArrayList<>();
        for (FileStat stat : files) {
            ResultCache.CachedFile cached = state.files().get(stat.path());
            if (cached == null || cached.own() != stat.own() || cached.stored() == null && cached.error() == null) {
                return Optional.empty();
            }
            if (stat.size() < 0 || texts.containsKey(stat.path()) || cached.size() != stat.size()
                    || cached.modified() != stat.modified()) {
                changed.add(stat);
            }
        }
        Map<Path, Scanned> rescanned = new LinkedHashMap<>();
        for (Scanned fresh : parallel.map(changed, stat -> scan(stat, texts))) {
            rescanned.put(fresh.path(), fresh);
        }
        List<Scanned> scanned = new ArrayList<>(files.size());
        Map<Integer, FileMentions> edited = new LinkedHashMap<>();
        for (FileStat stat : files) {
            ResultCache.CachedFile cached = state.files().get(stat.path());
            Scanned fresh = rescanned.get(stat.path());
            if (fresh != null && (fresh.error() == null) != (cached.error() == null)) {
                return Optional.empty(); // became readable, or unreadable
            }
            if (fresh == null || fresh.error() != null || fresh.hash().equals(cached.hash())) {
                ProcessingError error = fresh != null ? fresh.error() : cached.error();
                scanned.add(new Scanned(stat.path(), stat.own(), stat.size(), stat.modified(), cached.hash(),
                        error == null ? cached.facts() : null, null, error, error == null ? cached.stored() : null));
                continue;
            }
            if (cached.closure() == null || !fresh.facts().equals(cached.facts())) {
                return Optional.empty(); // a declaration changed: types, members, what they extend
            }
            edited.put(scanned.size(), fresh.mentions());
            scanned.add(fresh);
        }
        List<Scanned> readable = new ArrayList<>();
        Map<Integer, Integer> readableIndex = new LinkedHashMap<>();
        for (int i = 0; i < scanned.size(); i++) {
            if (scanned.get(i).error() == null) {
                readableIndex.put(i, readable.size());
                readable.add(scanned.get(i));
            }
        }
        List<FileFacts> facts = readable.stream().map(Scanned::facts).toList();
        List<FileClosure> closures = readable.stream().map(file -> state.files().get(file.path()).closure()).toList();
        if (closures.contains(null)) {
            return Optional.empty();
        }
        Relevance relevance = Relevance.restored(facts, closures);
        Map<Integer, FileMentions> others = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.function.IntFunction<FileMentions> mentionsOf = g -> others.computeIfAbsent(g, k -> {
            Scanned file = readable.get(k);
            Scanned again = scan(new FileStat(file.path(), file.own(), file.size(), file.modified()), texts);
            return again.mentions() != null ? again.mentions() : EMPTY_MENTIONS;
        });
        BitSet candidates = new BitSet();
        for (int i = 0; i < readable.size(); i++) {
            if (closures.get(i).candidate()) {
                candidates.set(i);
            }
        }
        for (Map.Entry<Integer, FileMentions> edit : edited.entrySet()) {
            int index = readableIndex.get(edit.getKey());
            if (!relevance.recheck(index, edit.getValue(), mentionsOf)) {
                return Optional.empty();
            }
            if (readable.get(index).own()) {
                candidates.set(index); // analysed again in any case: its own result was made from the old text
            }
        }
        markUnstructured(readable, candidates);
        return Optional.of(new Closed(scanned, readable, relevance, candidates,
                changed.size() + " changed files read and scanned (" + edited.size() + " edited), the closure from the cache"));
    }

    private static final FileMentions EMPTY_MENTIONS = FileMentions.NONE;

    private static List<Scanned> withoutMentions(List<Scanned> files) {
        return files.stream().map(f -> f.mentions() == null ? f : new Scanned(f.path(), f.own(), f.size(), f.modified(),
                f.hash(), f.facts(), null, f.error(), f.stored())).toList();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private List<FileStat> stat(ProjectSources sources) {
        List<FileStat> files = new ArrayList<>();
        java.util.Set<Path> seen = new java.util.HashSet<>();
        for (Path path : sources.own()) {
            files.add(new FileStat(path, true, -1, -1));
            seen.add(path);
        }
        for (Path path : sources.context()) {
            if (seen.add(path)) {
                files.add(new FileStat(path, false, -1, -1));
            }
        }
        return parallel.map(files, stat -> {
            FileStamp stamp = sources.stamps().get(stat.path());
            if (stamp != null) {
                return new FileStat(stat.path(), stat.own(), stamp.size(), stamp.modified());
            }
            try {
                BasicFileAttributes attributes = Files.readAttributes(stat.path(), BasicFileAttributes.class);
                return new FileStat(stat.path(), stat.own(), attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS));
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
    private static boolean unchanged(List<FileStat> files, ResultCache.State state) {
        if (files.size() != state.files().size()) {
            return false;
        }
        for (FileStat stat : files) {
            ResultCache.CachedFile cached = state.files().get(stat.path());
            if (cached == null || !sameFile(stat, cached)) {
                return false;
            }
        }
        return true;
    }

    /** True if the file is as the cache saw it: checked or context alike, readable, same size and time. */
    private static boolean sameFile(FileStat stat, ResultCache.CachedFile cached) {
        return cached.own() == stat.own() && stat.size() >= 0 && cached.size() == stat.size()
                && cached.modified() == stat.modified();
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
        Map<Path, String> hashes = new HashMap<>();
        state.files().values().stream().filter(file -> file.hash() != null)
                .forEach(file -> hashes.put(file.path(), file.hash()));
        return new LintResult(InheritedHandlers.merge(findings), errors, ownCount, notes, warnings, hashes);
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

    private void save(CacheStore cache, String key, List<Scanned> scanned, Relevance relevance, BitSet candidates,
            ResultCache.State state, Map<Path, String> texts) {
        Map<Path, ResultCache.CachedFile> files = new LinkedHashMap<>();
        int readable = 0;
        for (Scanned file : scanned) {
            StoredFacts stored = null;
            if (file.error() == null) {
                // An entry this run reused is kept as it was read (its bytes are not encoded again).
                stored = file.stored() != null ? file.stored() : StoredFacts.of(file.facts(),
                        relevance == null ? null : relevance.closureOf(readable, candidates.get(readable)));
                readable++;
            }
            // A text held in memory (an editor's buffer) is not what is on disk: its entry never matches the
            // disk's stamp, so the next run reads the file again, from memory or disk, whichever it is then.
            long modified = texts.containsKey(file.path()) ? HELD_IN_MEMORY : file.modified();
            files.put(file.path(), new ResultCache.CachedFile(file.path(), file.own(), file.size(), modified,
                    file.hash(), stored, file.error()));
        }
        // Encoding the files' facts is most of what writing the cache costs on a cold run: done on every core
        // first (each entry keeps its bytes), the file is then written in order.
        parallel.map(List.copyOf(files.values()), file -> file.stored() == null ? null : file.stored().bytes());
        try {
            cache.write(key, new ResultCache.State(state.settingsDigest(), state.settingsSources(), state.settings(),
                    state.configStamp(), files, state.results()));
        } catch (IOException | RuntimeException e) {
            warnings.add("redirect-lint: cannot write the cache " + cache.describe() + ": " + e.getMessage());
        }
    }

    /** Reads and scans a file. */
    private Scanned scan(FileStat stat, Map<Path, String> texts) {
        SourceReader.Scan read = reader.scan(stat.path(), texts);
        if (read.error() != null) {
            return new Scanned(stat.path(), stat.own(), stat.size(), stat.modified(), null, null, null, read.error(),
                    null);
        }
        return new Scanned(stat.path(), stat.own(), stat.size(), stat.modified(), read.hash(), read.scan().facts(),
                read.scan().mentions(), null, null);
    }

    /** The files the settings are read from, by content hash: the same ones give the same settings. */
    private static String settingsSources(List<ProjectModel.Entry> entries, String configStamp) {
        StringBuilder sources = new StringBuilder(configStamp);
        for (ProjectModel.Entry entry : entries) {
            if (entry.facts().mentionsSetting()) {
                sources.append('|').append(entry.path()).append('=').append(entry.hash());
            }
        }
        return sources.toString();
    }

    /** Project-wide settings, read from the Java files that mention them and from the XML configuration files. */
    private ProjectSettings settings(ProjectModel model, List<Path> xml) {
        List<SourceFile> javaFiles = new ArrayList<>();
        for (int i = 0; i < model.entries().size(); i++) {
            if (model.entries().get(i).facts().mentionsSetting()) {
                model.file(i).ifPresent(javaFiles::add);
            }
        }
        Map<String, String> made = new TreeMap<>();
        for (SourceSetting setting : SOURCE_SETTINGS) {
            setting.read(javaFiles, xml).ifPresent(where -> made.put(setting.name(), where));
        }
        return new ProjectSettings(made);
    }

    private FileResult analyse(ProjectModel model, int index) {
        Path path = model.entries().get(index).path();
        Reads reads = new Reads();
        FileGuard.Outcome<FileResult> outcome = guard.run(path, "analyse",
                () -> reads.during(() -> analyzer.analyze(model, index)));
        return outcome.ok() ? outcome.value().withReads(reads.released()) : FileResult.failed(outcome.error());
    }
}
