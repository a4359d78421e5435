package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Vert.x Web routes, {@code ctx.redirect} and redirect statuses on the response. */
class NonGet302VertxTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsRedirectsInNonGetRoutes() {
        tester.source("""
                import io.netty.handler.codec.http.HttpResponseStatus;
                import io.vertx.core.Vertx;
                import io.vertx.core.http.HttpMethod;
                import io.vertx.core.http.HttpServerResponse;
                import io.vertx.ext.web.Router;
                import io.vertx.ext.web.RoutingContext;

                class Server {
                    void routes(Vertx vertx) {
                        Router router = Router.router(vertx);
                        router.post("/orders").handler(ctx -> ctx.redirect("/orders")); // finding: Server#routes route "/orders" accepts POST but answers 302 Found through Vert.x RoutingContext.redirect
                        router.route(HttpMethod.PUT, "/orders/:id").handler(ctx -> {
                            ctx.response().setStatusCode(302).putHeader("Location", "/orders").end(); // finding: accepts PUT but answers 302 Found through Vert.x HttpServerResponse.setStatusCode(302)
                        });
                        router.route("/legacy").method(HttpMethod.DELETE).handler(this::remove);
                        router.post("/see-other").handler(ctx -> {
                            ctx.response().setStatusCode(303);
                            ctx.redirect("/orders");
                        });
                        router.post("/found").handler(ctx -> {
                            HttpServerResponse response = ctx.response();
                            response.setStatusCode(HttpResponseStatus.FOUND.code()); // finding: HttpResponseStatus.FOUND.code()
                            response.putHeader("Location", "/orders").end();
                        });
                        router.delete("/session").handler(context -> {
                            context.response().putHeader("location", "/").setStatusCode(302).end(); // finding: accepts DELETE
                        });
                        router.get("/old").handler(ctx -> ctx.redirect("/new"));
                        router.route("/any").handler(ctx -> ctx.redirect("/new"));
                    }

                    void remove(RoutingContext ctx) {
                        ctx.redirect("/orders"); // finding: Server#remove accepts DELETE
                    }
                }
                """).check();
    }

    @Test
    void routesWithoutAMethodAcceptEveryMethod() {
        RuleTester.forRule(AnyMethod302Rule.ID).source("""
                import io.vertx.ext.web.Router;

                class Server {
                    void routes(Router router) {
                        router.route("/any").handler(ctx -> ctx.redirect("/new")); // finding: Server#routes route "/any" accepts every HTTP method
                    }
                }
                """).check();
    }
}
