package dev.redirectlint.frameworks.ratpack;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Ratpack: handler chains and {@code ctx.redirect(...)}. */
public final class RatpackHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new RatpackHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new RatpackRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(RatpackTypes.REDIRECT_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(RatpackTypes.CHAIN);
        types.addAll(RatpackTypes.CONTEXT);
        return types;
    }

    @Override
    public Words words() {
        return new Words(List.of(), List.of("ratpack"), List.of("ratpack"));
    }
}
