package dev.redirectlint.frameworks.spark;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Spark Java: routes registered in code, {@code response.redirect(...)} and {@code response.status(...)} on their
 * {@code Response}. Spark has no status constants: its statuses are {@code int}s.
 */
public final class SparkHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new SparkHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new SparkRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(SparkTypes.REDIRECT_MECHANISM, SparkTypes.STATUS_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>();
        for (Set<String> set : List.of(SparkTypes.SPARK, SparkTypes.SERVICE, SparkTypes.REQUEST, SparkTypes.RESPONSE)) {
            types.addAll(set);
        }
        return types;
    }

    /** Its redirects are written with the core's words ({@code redirect} and the status numbers). */
    @Override
    public Words words() {
        return new Words(List.of(), List.of("spark"), List.of("spark"));
    }
}
