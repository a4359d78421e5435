package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Jooby script routes and MVC controllers, and the redirects sent through their {@code Context}. */
class NonGet302JoobyTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsScriptRoutesOfAnApplication() {
        tester.source("""
                import io.jooby.Jooby;
                import io.jooby.StatusCode;

                public class App extends Jooby {
                    {
                        post("/login", ctx -> ctx.sendRedirect("/home")); // finding: App#<init> route "/login" accepts POST but answers 302 Found through Jooby Context.sendRedirect
                        put("/a", ctx -> ctx.sendRedirect(StatusCode.FOUND, "/a")); // finding: accepts PUT
                        delete("/b", ctx -> {
                            ctx.setResponseHeader("Location", "/b");
                            return ctx.setResponseCode(StatusCode.FOUND_CODE).send(""); // finding: accepts DELETE but answers 302 Found through Jooby Context.setResponseCode
                        });
                        route("PATCH", "/c", ctx -> ctx.sendRedirect("/c")); // finding: accepts PATCH
                        post("/d", ctx -> ctx.sendRedirect(StatusCode.SEE_OTHER, "/d"));
                        get("/e", ctx -> ctx.sendRedirect("/e"));
                    }

                    public static void main(String[] args) {
                        runApp(args, App::new);
                    }
                }
                """).check();
    }

    @Test
    void flagsRoutesOnARunAppLambdaAndHandlersInOtherMethods() {
        tester.source("""
                import io.jooby.Context;
                import io.jooby.Jooby;

                class Main {
                    public static void main(String[] args) {
                        Jooby.runApp(args, app -> {
                            app.post("/orders", Main::create);
                            app.get("/orders", Main::list);
                        });
                    }

                    static Object create(Context ctx) {
                        return ctx.sendRedirect("/orders"); // finding: Main#create accepts POST
                    }

                    static Object list(Context ctx) {
                        return ctx.sendRedirect("/");
                    }
                }
                """).check();
    }

    @Test
    void flagsMvcControllersWithJoobysAnnotationsAndJaxRs() {
        tester.sources("""
                import io.jooby.Context;
                import io.jooby.annotation.GET;
                import io.jooby.annotation.POST;
                import io.jooby.annotation.Path;

                @Path("/orders")
                public class OrderController {
                    @POST
                    public Context create(Context ctx) {
                        return ctx.sendRedirect("/orders"); // finding: OrderController#create accepts POST but answers 302 Found through Jooby Context.sendRedirect
                    }

                    @GET
                    public Context list(Context ctx) {
                        return ctx.sendRedirect("/");
                    }
                }
                """, """
                import io.jooby.Context;
                import jakarta.ws.rs.DELETE;
                import jakarta.ws.rs.Path;

                @Path("/carts")
                public class CartController {
                    @DELETE
                    public Context clear(Context ctx) {
                        return ctx.sendRedirect("/carts"); // finding: CartController#clear accepts DELETE
                    }
                }
                """).check();
    }

    @Test
    void leavesAloneWhatIsNotJooby() {
        tester.sources("""
                import io.jooby.Jooby;

                public class App extends Jooby {
                    interface Mailer { void sendRedirect(String to); }

                    {
                        post("/a", ctx -> {
                            Mailer mailer = to -> { };
                            mailer.sendRedirect("/x");
                            return "ok";
                        });
                    }
                }
                """, """
                class Router {
                    void post(String path, java.util.function.Function<Object, Object> handler) { }
                }

                class NotJooby extends Router {
                    interface Context { Object sendRedirect(String location); }
                    {
                        post("/a", ctx -> ((Context) ctx).sendRedirect("/a"));
                    }
                }
                """).check();
    }
}
