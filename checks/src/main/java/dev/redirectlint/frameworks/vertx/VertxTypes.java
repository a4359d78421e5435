package dev.redirectlint.frameworks.vertx;

import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import java.util.Set;

/** Vert.x Web 4 and 5 ({@code io.vertx.ext.web}) and the core's HTTP response ({@code io.vertx.core.http}). */
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
    /** Vert.x has no status constants of its own: its code writes netty's ({@code HttpResponseStatus.FOUND.code()}). */
    static final String NETTY_STATUS = "io.netty.handler.codec.http.HttpResponseStatus";

    private VertxTypes() {}
}
