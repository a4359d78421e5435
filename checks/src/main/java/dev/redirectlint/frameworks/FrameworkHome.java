package dev.redirectlint.frameworks;

import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.java.FrameworkFacts;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the tool knows about one framework, in one package: how it declares handlers and their HTTP
 * methods, which calls send which status, its API types, status constants and prefilter words
 * ({@link FrameworkFacts}). A home is registered by one line of
 * {@code META-INF/services/dev.redirectlint.java.FrameworkFacts}; nothing in the core names it.
 */
public interface FrameworkHome extends FrameworkFacts {

    /** How the framework declares handlers. */
    List<HandlerFramework> handlerFrameworks();

    /**
     * The framework's redirects. They run after the core's own detectors and before the fallbacks that only
     * report what nothing else found (an annotated status).
     */
    List<RedirectDetector> redirectDetectors();

    /** The mechanisms its redirect detectors report. */
    List<Mechanism> mechanisms();

    /**
     * What the framework declares in the configuration files it names ({@link #configFilePatterns()}), read
     * from those of {@code configFiles} that are its own; its handler frameworks find it in the project's
     * settings. Empty when it reads none.
     */
    default Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        return Optional.empty();
    }

    /** What every home reads from the configuration files. */
    static List<ConfigFacts> readConfig(List<Path> configFiles) {
        return installed().stream().flatMap(home -> home.configFacts(configFiles).stream()).toList();
    }

    /** The homes on the class path, in a fixed order. */
    static List<FrameworkHome> installed() {
        return FrameworkFacts.installed().stream()
                .filter(FrameworkHome.class::isInstance).map(FrameworkHome.class::cast).toList();
    }
}
