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
        return List.of(StatusConstants.Owner.of(JavalinTypes.HTTP_STATUS, false, StatusConstants.codes(
                "MULTIPLE_CHOICES", 300, "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303,
                "NOT_MODIFIED", 304, "USE_PROXY", 305, "TEMPORARY_REDIRECT", 307, "PERMANENT_REDIRECT", 308,
                "OK", 200, "CREATED", 201, "ACCEPTED", 202, "NO_CONTENT", 204, "BAD_REQUEST", 400,
                "UNAUTHORIZED", 401, "FORBIDDEN", 403, "NOT_FOUND", 404, "METHOD_NOT_ALLOWED", 405,
                "CONFLICT", 409, "INTERNAL_SERVER_ERROR", 500)));
    }

    /** Its redirects are written with the core's words ({@code redirect}, {@code FOUND}, {@code 302}). */
    @Override
    public Words words() {
        return new Words(List.of(), List.of("javalin"), List.of("javalin"));
    }
}
