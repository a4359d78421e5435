package dev.redirectlint.java;

import java.util.List;
import java.util.Optional;

/**
 * Settings of the analysed application that change the status of its redirects or which methods its handlers
 * accept.
 *
 * @param http11ViewRedirects where the application sets {@code redirectHttp10Compatible=false} on its Spring MVC
 *     view resolvers (a file and line, for the debug log), if it does: then every {@code redirect:} view
 *     answers 303 See Other, not 302
 * @param frameworkFiles what the homes read from their own files outside Java ({@link
 *     FrameworkFacts#frameworkFiles()}), one value per home that found something; their text is part of this
 *     record's, so a cached result computed under other values is not reused
 * @param config what the framework homes read from configuration files, at most one of each class
 */
public record ProjectSettings(Optional<String> http11ViewRedirects, List<Object> frameworkFiles,
        List<ConfigFacts> config) {

    public static final ProjectSettings NONE = new ProjectSettings(Optional.empty());

    public ProjectSettings {
        frameworkFiles = List.copyOf(frameworkFiles);
        config = List.copyOf(config);
    }

    public ProjectSettings(Optional<String> http11ViewRedirects) {
        this(http11ViewRedirects, List.of(), List.of());
    }

    /** True if {@code redirect:} view names answer 303 throughout the application. */
    public boolean viewRedirectsSeeOther() {
        return http11ViewRedirects.isPresent();
    }

    /** These settings with what the homes read from their files. */
    public ProjectSettings withFrameworkFiles(List<Object> read) {
        return new ProjectSettings(http11ViewRedirects, read, config);
    }

    /** What a home read from its files, by the type it reads them into. */
    public <T> Optional<T> frameworkFiles(Class<T> type) {
        return frameworkFiles.stream().filter(type::isInstance).map(type::cast).findFirst();
    }

    /** The same settings with what the homes read from configuration files. */
    public ProjectSettings withConfig(List<ConfigFacts> facts) {
        return new ProjectSettings(http11ViewRedirects, frameworkFiles, facts);
    }

    /** What one home read from configuration files, by the class it keeps it in. */
    public <T extends ConfigFacts> Optional<T> config(Class<T> type) {
        return config.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
