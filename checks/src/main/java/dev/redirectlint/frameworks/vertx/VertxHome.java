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
        return List.of(StatusConstants.Owner.of(VertxTypes.NETTY_STATUS, false, StatusConstants.springNames()));
    }

    /** Any member of a file that mentions {@code vertx} or {@code RoutingContext} may register routes or handle one. */
    @Override
    public Words words() {
        return new Words(List.of(), List.of("vertx", "RoutingContext"), List.of("vertx", "RoutingContext"));
    }
}
