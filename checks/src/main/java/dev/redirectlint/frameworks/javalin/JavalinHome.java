package dev.redirectlint.frameworks.javalin;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Javalin: routes registered in code; {@code ctx.redirect(...)} and {@code ctx.status(...)} on their {@code Context}. */
public final class JavalinHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new JavalinHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new JavalinRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(JavalinTypes.REDIRECT_MECHANISM, JavalinTypes.STATUS_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(JavalinTypes.JAVALIN);
        types.addAll(JavalinTypes.API_BUILDER);
        types.addAll(JavalinTypes.CONTEXT);
        return types;
    }

    /** Javalin 5's {@code HttpStatus}: Spring's names, without the deprecated {@code MOVED_TEMPORARILY}. */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        return List.of(StatusConstants.Owner.of(JavalinTypes.HTTP_STATUS, false, StatusConstants.springNames()));
    }

    /** Its redirects are written with the core's words ({@code redirect}, {@code FOUND}, {@code 302}). */
    @Override
    public Words words() {
        return new Words(List.of(), List.of("javalin"), List.of("javalin"));
    }
}
