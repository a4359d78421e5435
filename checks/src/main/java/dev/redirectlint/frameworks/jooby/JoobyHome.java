package dev.redirectlint.frameworks.jooby;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Jooby: script routes and MVC controllers, {@code ctx.sendRedirect(...)} and {@code setResponseCode(...)}. */
public final class JoobyHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new JoobyHandlers(), new JoobyMvcHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new JoobyRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(JoobyTypes.REDIRECT_MECHANISM, JoobyTypes.STATUS_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(JoobyTypes.ROUTER);
        types.addAll(JoobyTypes.CONTEXT);
        return types;
    }

    /**
     * {@code StatusCode}: Spring's names but no {@code PERMANENT_REDIRECT}, and each code also as an
     * {@code int}, {@code FOUND_CODE} (jooby {@code StatusCode.java}).
     */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> codes = StatusConstants.codes(
                "MULTIPLE_CHOICES", 300, "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303,
                "NOT_MODIFIED", 304, "USE_PROXY", 305, "TEMPORARY_REDIRECT", 307, "OK", 200,
                "CREATED", 201,                 "ACCEPTED", 202, "NO_CONTENT", 204, "BAD_REQUEST",
                400, "UNAUTHORIZED", 401, "FORBIDDEN", 403,                 "NOT_FOUND", 404,
                "METHOD_NOT_ALLOWED", 405, "CONFLICT", 409, "INTERNAL_SERVER_ERROR", 500);
        Map<String, Integer> withInts = new LinkedHashMap<>(codes);
        codes.forEach((name, code) -> withInts.put(name + "_CODE", code));
        return List.of(StatusConstants.Owner.of(JoobyTypes.STATUS_CODE, false, withInts));
    }

    @Override
    public Words words() {
        return new Words(List.of("FOUND_CODE", "MOVED_PERMANENTLY_CODE", "SEE_OTHER_CODE", "TEMPORARY_REDIRECT_CODE"),
                List.of("jooby"), List.of("jooby"));
    }
}
