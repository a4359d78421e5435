package dev.redirectlint.java;

import dev.redirectlint.api.ProcessingError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Settings of the analysed application that change the status of its redirects or which methods its handlers
 * accept.
 *
 * @param http11ViewRedirects where the application sets {@code redirectHttp10Compatible=false} on its Spring MVC
 *     view resolvers (a file and line, for the debug log), if it does: then every {@code redirect:} view
 *     answers 303 See Other, not 302
 * @param config what the framework homes read from their own files ({@link FrameworkFacts#configFilePatterns()}:
 *     Play's routes, Faces' views), at most one of each class; their text is part of this record's, so a cached
 *     result computed under other values is not reused
 */
public record ProjectSettings(Optional<String> http11ViewRedirects, List<ConfigFacts> config) {

    public static final ProjectSettings NONE = new ProjectSettings(Optional.empty());

    public ProjectSettings {
        config = List.copyOf(config);
    }

    public ProjectSettings(Optional<String> http11ViewRedirects) {
        this(http11ViewRedirects, List.of());
    }

    /** True if {@code redirect:} view names answer 303 throughout the application. */
    public boolean viewRedirectsSeeOther() {
        return http11ViewRedirects.isPresent();
    }

    /** The same settings with what the homes read from configuration files. */
    public ProjectSettings withConfig(List<ConfigFacts> facts) {
        return new ProjectSettings(http11ViewRedirects, facts);
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
