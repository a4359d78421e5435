package dev.redirectlint.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run analyses: the sources to check, the sources they may use without being checked themselves
 * (the modules a Maven module depends on), configuration files that may hold project-wide settings (Spring
 * XML), texts held in memory instead of on disk (an editor's buffers), and where to keep the cache.
 *
 * @param own the sources to check; their handlers are reported
 * @param context sources whose types, helpers and base classes the checked sources may use; their own
 *     handlers are not reported (their module reports them)
 * @param configFiles XML and other configuration files read for settings such as {@code redirectHttp10Compatible},
 *     and the files the framework homes read (Play's {@code conf/routes})
 * @param texts the text of a file to use instead of what is on disk, by path
 * @param cache where facts and results are kept between runs; empty for no cache
 * @param stamps the sizes and modification times of files as the caller listed them, by path; a file not in
 *     it is looked at again
 */
public record ProjectSources(List<Path> own, List<Path> context, List<Path> configFiles, Map<Path, String> texts,
        Optional<CacheStore> cache, Map<Path, FileStamp> stamps) {

    public ProjectSources {
        own = List.copyOf(own);
        context = List.copyOf(context);
        configFiles = List.copyOf(configFiles);
        texts = Map.copyOf(texts);
        stamps = Map.copyOf(stamps);
    }

    /** Just these files, checked, with nothing else. */
    public static ProjectSources of(List<Path> own) {
        return new ProjectSources(own, List.of(), List.of(), Map.of(), Optional.empty(), Map.of());
    }

    /** Files held in memory, all checked, by path. */
    public static ProjectSources inMemory(Map<Path, String> texts) {
        return new ProjectSources(new ArrayList<>(texts.keySet()), List.of(), List.of(), new LinkedHashMap<>(texts),
                Optional.empty(), Map.of());
    }

    public ProjectSources withContext(List<Path> files) {
        return new ProjectSources(own, files, configFiles, texts, cache, stamps);
    }

    public ProjectSources withConfigFiles(List<Path> files) {
        return new ProjectSources(own, context, files, texts, cache, stamps);
    }

    /**
     * The XML files among the configuration files, where the homes' source settings and project fixes look
     * (Spring bean definitions); the homes' other files (routes, views) hold no such setting.
     */
    public List<Path> xmlConfigFiles() {
        return configFiles.stream().filter(file -> file.toString().endsWith(".xml")).toList();
    }

    /**
     * Keeps facts and results in {@code file} between runs, with paths relative to {@code base} (so a copy
     * of the cache serves a checkout elsewhere); no cache for a {@code null} file.
     */
    public ProjectSources withCache(Path file, Path base) {
        return withCache(file == null ? null : new ResultCache(file, base));
    }

    /** Keeps facts and results in {@code store} between runs; no cache for {@code null}. */
    public ProjectSources withCache(CacheStore store) {
        return new ProjectSources(own, context, configFiles, texts, Optional.ofNullable(store), stamps);
    }

    /** The same files, with the text of one taken from memory. */
    public ProjectSources withText(Path file, String text) {
        Map<Path, String> held = new LinkedHashMap<>(texts);
        held.put(file, text);
        return new ProjectSources(own, context, configFiles, held, cache, stamps);
    }

    /** The same files, with their sizes and modification times as the caller listed them. */
    public ProjectSources withStamps(Map<Path, FileStamp> known) {
        return new ProjectSources(own, context, configFiles, texts, cache, known);
    }
}
