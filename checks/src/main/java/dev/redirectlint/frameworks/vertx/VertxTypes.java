package dev.redirectlint.frameworks.vertx;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/**
 * Vert.x Web 4 and 5 ({@code io.vertx.ext.web}, its OpenAPI router builders) and the core's HTTP response
 * ({@code io.vertx.core.http}).
 */
final class VertxTypes {

    static final Framework FRAMEWORK = new Framework("VERTX", "Vert.x Web");
    static final Mechanism REDIRECT_MECHANISM = new Mechanism(
            "VERTX_REDIRECT", "Vert.x RoutingContext.redirect", false);
    static final Mechanism STATUS_MECHANISM = new Mechanism(
            "VERTX_STATUS", "Vert.x HttpServerResponse.setStatusCode", true,
            "call response.putHeader(\"Location\", url) as well, or ctx.redirect(url) after setting the status");

    static final Set<String> ROUTER = Set.of("io.vertx.ext.web.Router");
    static final Set<String> ROUTING_CONTEXT = Set.of("io.vertx.ext.web.RoutingContext");
    static final Set<String> HTTP_SERVER_RESPONSE = Set.of("io.vertx.core.http.HttpServerResponse");
    /**
     * The builders of a router from an OpenAPI contract: Vert.x 4's {@code vertx-web-openapi}, and
     * {@code vertx-web-openapi-router} of 4.5 and 5.
     */
    static final Set<String> ROUTER_BUILDER = Set.of("io.vertx.ext.web.openapi.RouterBuilder",
            "io.vertx.ext.web.openapi.router.RouterBuilder");
    /** What each builder gives for an operation id: {@code operation(id)} and {@code getRoute(id)}. */
    static final Set<String> OPERATION = Set.of("io.vertx.ext.web.openapi.Operation",
            "io.vertx.ext.web.openapi.router.OpenAPIRoute");
    /** Vert.x has no status constants of its own: its code writes netty's ({@code HttpResponseStatus.FOUND.code()}). */
    static final String NETTY_STATUS = "io.netty.handler.codec.http.HttpResponseStatus";

    private VertxTypes() {}
}
