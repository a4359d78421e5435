package dev.redirectlint.java;

import dev.redirectlint.api.ProcessingError;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Settings of the analysed application that change the status of its redirects or which methods its handlers
 * accept.
 *
 * @param sourceSettings where the application makes each of the homes' {@link SourceSetting}s it makes, by
 *     {@link SourceSetting#name()}: a file and line, for the debug log
 * @param config what the framework homes read from their own files ({@link FrameworkFacts#configFilePatterns()}:
 *     Play's routes, Faces' views), at most one of each class; their text is part of this record's, so a cached
 *     result computed under other values is not reused
 */
public record ProjectSettings(SortedMap<String, String> sourceSettings, List<ConfigFacts> config) {

    public static final ProjectSettings NONE = new ProjectSettings(Map.of());

    public ProjectSettings {
        sourceSettings = Collections.unmodifiableSortedMap(new TreeMap<>(sourceSettings));
        config = List.copyOf(config);
    }

    public ProjectSettings(Map<String, String> sourceSettings) {
        this(new TreeMap<>(sourceSettings), List.of());
    }

    /** Where the application makes the setting of that {@link SourceSetting#name()}, if it does. */
    public Optional<String> sourceSetting(String name) {
        return Optional.ofNullable(sourceSettings.get(name));
    }

    /** The same settings with what the homes read from configuration files. */
    public ProjectSettings withConfig(List<ConfigFacts> facts) {
        return new ProjectSettings(sourceSettings, facts);
    }

    /** The configuration files the homes could not read, with their reasons. */
    public List<ProcessingError> configErrors() {
        return config.stream().flatMap(facts -> facts.errors().stream()).toList();
    }

    /**
     * What makes a source worth analysing by what the homes read from their files, though its words suggest
     * no redirect ({@link ConfigFacts#candidateText()}); sorted, empty for most projects.
     */
    public Set<String> candidateText() {
        Set<String> text = new TreeSet<>();
        config.forEach(facts -> text.addAll(facts.candidateText()));
        return text;
    }

    /**
     * The qualified names of the classes the homes' files make handlers that redirect with nothing in their Java
     * saying so ({@link ConfigFacts#entryTypes()}); sorted, empty for most projects.
     */
    public Set<String> entryTypes() {
        Set<String> types = new TreeSet<>();
        config.forEach(facts -> types.addAll(facts.entryTypes()));
        return types;
    }

    /** What one home read from configuration files, by the class it keeps it in. */
    public <T extends ConfigFacts> Optional<T> config(Class<T> type) {
        return config.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
