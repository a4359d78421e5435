package dev.redirectlint.frameworks;

import dev.redirectlint.fix.ProjectFix;
import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the tool knows about one framework, in one package: how it declares handlers and their HTTP
 * methods, which calls send which status, its API types, status constants and prefilter words
 * ({@link FrameworkFacts}). A home is registered by one line of
 * {@code META-INF/services/dev.redirectlint.java.FrameworkFacts}; nothing in the core names it.
 */
public interface FrameworkHome extends FrameworkFacts {

    /**
     * How the framework declares handlers. Where two frameworks claim the same code the first wins, and a home's
     * frameworks claim code after the core's, unless {@link #claimsBeforeCodeRoutes()}.
     */
    List<HandlerFramework> handlerFrameworks();

    /**
     * True if its handler frameworks claim code before the core's frameworks of routes registered in code
     * ({@code CodeRouteHandlers}) and before the other homes' frameworks, as one that declares handlers by
     * annotations on their methods may: a method it declares and a route registered in code also names is then
     * its handler. False by default: after all of the core's.
     */
    default boolean claimsBeforeCodeRoutes() {
        return false;
    }

    /**
     * The framework's redirects. They run after the core's own detectors and before the fallbacks that only
     * report what nothing else found (an annotated status).
     */
    List<RedirectDetector> redirectDetectors();

    /**
     * The framework's fallbacks: detectors of a status that a handler only declares (an annotation), which
     * report it only when no other detector found a redirect. They run after every home's
     * {@link #redirectDetectors()} and before the core's own fallbacks, and see what all of those found.
     * None by default.
     */
    default List<RedirectDetector> fallbackDetectors() {
        return List.of();
    }

    /**
     * Fixes of the whole application by one setting, offered instead of the handler by handler edits of the
     * findings each resolves ({@link ProjectFix}). None by default.
     */
    default List<ProjectFix> projectFixes() {
        return List.of();
    }

    /** Every installed home's project fixes. */
    static List<ProjectFix> allProjectFixes() {
        return installed().stream().flatMap(home -> home.projectFixes().stream()).toList();
    }

    /** The mechanisms its redirect detectors report. */
    List<Mechanism> mechanisms();

    /**
     * What the framework reads from its own files ({@link #configFilePatterns()}), given those of a run's
     * configuration files that its patterns match, once a run; its handler frameworks find it in the project's
     * settings ({@code ProjectSettings.config(type)}). Empty when it reads nothing.
     */
    default Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        return Optional.empty();
    }

    /** What every home reads from its files among the configuration files; a home with none is not asked. */
    static List<ConfigFacts> readConfig(List<Path> configFiles) {
        List<ConfigFacts> read = new ArrayList<>();
        for (FrameworkHome home : installed()) {
            List<Path> own = configFilesOf(home.configFilePatterns(), configFiles);
            if (!own.isEmpty()) {
                home.configFacts(own).ifPresent(read::add);
            }
        }
        return read;
    }

    /**
     * The files a pattern matches the end of ({@link FrameworkFacts#configFileMatcher}): the engine is given
     * paths, not the module's directory they are relative to.
     */
    static List<Path> configFilesOf(List<String> patterns, List<Path> files) {
        if (patterns.isEmpty()) {
            return List.of();
        }
        PathMatcher matcher = FrameworkFacts.configFileMatcher(patterns);
        return files.stream().filter(file -> {
            for (int from = 0; from < file.getNameCount(); from++) {
                if (matcher.matches(file.subpath(from, file.getNameCount()))) {
                    return true;
                }
            }
            return false;
        }).toList();
    }

    /** The homes on the class path, in a fixed order. */
    static List<FrameworkHome> installed() {
        return FrameworkFacts.installed().stream()
                .filter(FrameworkHome.class::isInstance).map(FrameworkHome.class::cast).toList();
    }
}
