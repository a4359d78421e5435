package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Javalin routes registered in code, and their {@code ctx.redirect}. */
class NonGet302JavalinTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsRedirectsInPostPutPatchAndDeleteRouteLambdas() {
        var findings = tester.source("""
                import io.javalin.Javalin;

                class App {
                    public static void main(String[] args) {
                        Javalin app = Javalin.create();
                        app.post("/orders", ctx -> ctx.redirect("/orders")); // finding: App#main route "/orders" accepts POST but answers 302 Found through Javalin Context.redirect
                        app.put("/orders/{id}", ctx -> {
                            ctx.redirect("/orders"); // finding: accepts PUT
                        });
                        app.patch("/a", ctx -> ctx.redirect("/a")); // finding: accepts PATCH
                        app.delete("/b", ctx -> ctx.redirect("/b")); // finding: accepts DELETE
                        app.get("/old", ctx -> ctx.redirect("/new"));
                        app.start(7070);
                    }
                }
                """).check();
        assertThat(findings.get(0).message()).contains("call ctx.redirect(url, HttpStatus.SEE_OTHER) (Javalin 5+");
    }

    @Test
    void recognisesEachWayOfRegisteringARoute() {
        tester.source("""
                import static io.javalin.apibuilder.ApiBuilder.*;
                import io.javalin.Javalin;
                import io.javalin.http.Context;
                import io.javalin.http.HandlerType;

                class Routes {
                    void chained() {
                        Javalin.create().post("/a", ctx -> ctx.redirect("/a")).start(); // finding: Routes#chained route "/a" accepts POST
                    }

                    void inferred() {
                        var app = Javalin.create(config -> config.routes.post("/b", ctx -> ctx.redirect("/b"))); // finding: route "/b" accepts POST
                        app.addHttpHandler(HandlerType.DELETE, "/c", ctx -> ctx.redirect("/c")); // finding: route "/c" accepts DELETE
                    }

                    void apiBuilder(Javalin app) {
                        app.routes(() -> {
                            path("/d", () -> post(ctx -> ctx.redirect("/d"))); // finding: Routes#apiBuilder route "/d" accepts POST
                        });
                    }

                    void typedParameter(Javalin app) {
                        app.post("/e", (Context ctx) -> ctx.redirect("/e")); // finding: route "/e" accepts POST
                    }

                    void methodReference(Javalin app) {
                        app.post("/f", Routes::create);
                        app.put("/g", this::update);
                    }

                    static void create(Context ctx) {
                        ctx.redirect("/f"); // finding: Routes#create accepts POST
                    }

                    void update(Context ctx) {
                        done(ctx); // finding: Routes#update accepts PUT
                    }

                    private static void done(Context ctx) {
                        ctx.redirect("/done");
                    }
                }
                """).check();
    }

    @Test
    void leavesOtherStatusesAndOtherApisAlone() {
        tester.source("""
                import io.javalin.Javalin;
                import io.javalin.http.HttpStatus;
                import java.util.HashMap;
                import java.util.Map;
                import java.util.function.Consumer;

                class App {
                    void routes(Javalin app, Map<String, Consumer<Ctx>> table) {
                        app.post("/a", ctx -> ctx.redirect("/a", HttpStatus.SEE_OTHER));
                        app.post("/b", ctx -> ctx.redirect("/b", HttpStatus.FOUND)); // finding: through Javalin Context.redirect with status 302
                        app.post("/c", ctx -> ctx.status(HttpStatus.FOUND).header("Location", "/c")); // finding: Javalin Context.status(HttpStatus.FOUND)
                        app.post("/d", ctx -> ctx.status(HttpStatus.CREATED));
                        app.post("/e", ctx -> other(ctx2 -> ctx2.redirect("/e")));
                        table.put("/f", ctx -> ctx.redirect("/f"));
                        new Router().post("/g", ctx -> ctx.redirect("/g"));
                    }

                    void other(Consumer<Ctx> callback) { }

                    interface Ctx { void redirect(String url); }

                    static class Router { void post(String path, Consumer<Ctx> handler) { } }
                }
                """).check();
    }

    @Test
    void needsJavalinImports() {
        tester.source("""
                class App {
                    void routes(Server app) {
                        app.post("/a", ctx -> ctx.redirect("/a"));
                    }
                }
                """).check();
    }

    @Test
    void followsHandlersKeptInFields() {
        tester.source("""
                import static io.javalin.apibuilder.ApiBuilder.*;

                import io.javalin.Javalin;
                import io.javalin.http.Handler;

                class App {
                    void routes(Javalin app) {
                        app.routes(() -> path("/articles", () -> {
                            get(ArticleController.listArticles);
                            post(ArticleController.createArticle);
                        }));
                    }
                }

                class ArticleController {
                    public static Handler listArticles = ctx -> ctx.redirect("/articles/page/1");

                    public static Handler createArticle = ctx -> {
                        ctx.redirect("/articles"); // finding: ArticleController#createArticle accepts POST
                    };
                }
                """).check();
    }

    @Test
    void findsRoutesRegisteredOutsideMethods() {
        tester.source("""
                import io.javalin.Javalin;

                class OrderRoutes {
                    private final Javalin app = Javalin.create().post("/a", ctx -> ctx.redirect("/a")); // finding: OrderRoutes#app route "/a" accepts POST

                    OrderRoutes(Javalin other) {
                        other.post("/b", ctx -> ctx.redirect("/b")); // finding: OrderRoutes#OrderRoutes route "/b" accepts POST
                    }

                    {
                        app.delete("/c", ctx -> ctx.redirect("/c")); // finding: OrderRoutes#<init> route "/c" accepts DELETE
                    }
                }
                """).check();
    }
}
