package dev.redirectlint.frameworks.vertx;

import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ConfigFacts;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Vert.x Web: routes registered on a {@code Router} or, with the methods of the project's OpenAPI contracts, for the
 * operations of a {@code RouterBuilder}; {@code ctx.redirect(url)} and {@code setStatusCode(...)}.
 */
public final class VertxHome implements FrameworkHome {

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new VertxHandlers());
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new VertxRedirects());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(VertxTypes.REDIRECT_MECHANISM, VertxTypes.STATUS_MECHANISM);
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>(VertxTypes.ROUTER);
        types.addAll(VertxTypes.ROUTING_CONTEXT);
        types.addAll(VertxTypes.HTTP_SERVER_RESPONSE);
        types.addAll(VertxTypes.ROUTER_BUILDER);
        types.addAll(VertxTypes.OPERATION);
        return types;
    }

    /** The OpenAPI contracts that give a {@code RouterBuilder}'s operations their HTTP methods. */
    @Override
    public List<String> configFilePatterns() {
        return OpenApiContracts.PATTERNS;
    }

    @Override
    public Optional<ConfigFacts> configFacts(List<Path> configFiles) {
        return OpenApiContracts.read(configFiles).map(ConfigFacts.class::cast);
    }

    /**
     * netty's {@code HttpResponseStatus}, which Vert.x code passes as {@code HttpResponseStatus.FOUND.code()}: Spring's
     * names but for the deprecated {@code MOVED_TEMPORARILY}. Known to all code, as every home's constants are.
     */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> codes = StatusConstants.codes(
                "MULTIPLE_CHOICES", 300, "MOVED_PERMANENTLY", 301, "FOUND", 302, "SEE_OTHER", 303,
                "NOT_MODIFIED", 304, "USE_PROXY", 305, "TEMPORARY_REDIRECT", 307, "PERMANENT_REDIRECT", 308,
                "OK", 200, "CREATED", 201, "ACCEPTED", 202, "NO_CONTENT", 204, "BAD_REQUEST", 400,
                "UNAUTHORIZED", 401, "FORBIDDEN", 403, "NOT_FOUND", 404, "METHOD_NOT_ALLOWED", 405,
                "CONFLICT", 409, "INTERNAL_SERVER_ERROR", 500);
        return List.of(StatusConstants.Owner.of(VertxTypes.NETTY_STATUS, false, codes));
    }

    /** Any member of a file that mentions {@code vertx} or {@code RoutingContext} may register routes or handle one. */
    @Override
    public Words words() {
        return new Words(List.of(), List.of("vertx", "RoutingContext"), List.of("vertx", "RoutingContext"));
    }
}
