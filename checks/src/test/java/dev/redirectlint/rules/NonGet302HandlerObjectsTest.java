package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Routes whose handler is an object or a class ({@code post(path, new CreateOrder())},
 * {@code chain.post(path, CreateOrder.class)}), also when a wrapper that delegates to it is what the route
 * is given ({@code post(path, new Timed(new CreateOrder()))}, {@code authenticated(ctx -> ...)}).
 */
class NonGet302HandlerObjectsTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void javalinHandlerObjectsInAnotherFile() {
        tester.sources("""
                import io.javalin.Javalin;

                class App {
                    void routes(Javalin app) {
                        app.post("/orders", new CreateOrder());
                        app.get("/orders", new ListOrders());
                        app.put("/orders", new Timed(new ReplaceOrder()));
                    }
                }
                """, """
                import io.javalin.http.Context;
                import io.javalin.http.Handler;

                class CreateOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: CreateOrder#handle accepts POST but answers 302 Found through Javalin Context.redirect
                    }
                }
                """, """
                import io.javalin.http.Context;
                import io.javalin.http.Handler;

                class ListOrders implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/");
                    }
                }
                """, """
                import io.javalin.http.Context;
                import io.javalin.http.Handler;

                class ReplaceOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: ReplaceOrder#handle accepts PUT
                    }
                }
                """, """
                import io.javalin.http.Context;
                import io.javalin.http.Handler;

                /** Times the handler it wraps. */
                class Timed implements Handler {
                    private final Handler delegate;

                    Timed(Handler delegate) {
                        this.delegate = delegate;
                    }

                    @Override
                    public void handle(Context ctx) throws Exception {
                        delegate.handle(ctx);
                    }
                }
                """).check();
    }

    @Test
    void sparkRouteObjectsAndLambdasInWrappers() {
        tester.source("""
                import static spark.Spark.post;

                import spark.Request;
                import spark.Response;
                import spark.Route;

                class App {
                    public static void main(String[] args) {
                        post("/login", new Login());
                        post("/logout", authenticated((request, response) -> {
                            response.redirect("/"); // finding: App#main route "/logout" accepts POST
                            return null;
                        }));
                    }

                    static Route authenticated(Route route) {
                        return route;
                    }
                }

                class Login implements Route {
                    @Override
                    public Object handle(Request request, Response response) {
                        response.redirect("/home"); // finding: Login#handle accepts POST
                        return null;
                    }
                }
                """).check();
    }

    @Test
    void ratpackHandlerClassesAndObjects() {
        tester.sources("""
                import ratpack.core.handling.Chain;

                class Routes {
                    void register(Chain chain) {
                        chain.post("orders", CreateOrder.class).delete("orders", new CancelOrder()).get("orders", ListOrders.class);
                    }
                }
                """, """
                import ratpack.core.handling.Context;
                import ratpack.core.handling.Handler;

                class CreateOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: CreateOrder#handle accepts POST
                    }
                }

                class CancelOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: CancelOrder#handle accepts DELETE
                    }
                }

                class ListOrders implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/");
                    }
                }
                """).check();
    }

    @Test
    void handlerObjectsHeldInVariablesAndFields() {
        tester.sources("""
                import io.javalin.Javalin;
                import io.javalin.http.Handler;

                class App {
                    private final Handler cancel = new CancelOrder();

                    void routes(Javalin app) {
                        Handler create = new CreateOrder();
                        app.post("/orders", create);
                        app.delete("/orders", cancel);
                    }
                }
                """, """
                import io.javalin.http.Context;
                import io.javalin.http.Handler;

                class CreateOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: CreateOrder#handle accepts POST
                    }
                }

                class CancelOrder implements Handler {
                    @Override
                    public void handle(Context ctx) {
                        ctx.redirect("/orders"); // finding: CancelOrder#handle accepts DELETE
                    }
                }
                """).check();
    }

    @Test
    void aResponseTransformerAfterTheRouteIsNoHandler() {
        tester.source("""
                import static spark.Spark.post;

                import spark.ResponseTransformer;

                class App {
                    public static void main(String[] args) {
                        post("/a", (request, response) -> {
                            response.redirect("/b"); // finding: App#main route "/a" accepts POST
                            return null;
                        }, new Json());
                    }
                }

                class Json implements ResponseTransformer {
                    @Override
                    public String render(Object model) {
                        return "{}";
                    }
                }
                """).check();
    }
}
