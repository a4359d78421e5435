package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Ratpack handler chains and the redirects sent through their {@code Context}. */
class NonGet302RatpackTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void flagsChainHandlersThatRedirect() {
        tester.source("""
                import ratpack.server.RatpackServer;

                public class Main {
                    public static void main(String... args) throws Exception {
                        RatpackServer.start(server -> server
                                .handlers(chain -> chain
                                        .post("login", ctx -> ctx.redirect("/home")) // finding: Main#main route "login" accepts POST but answers 302 Found through Ratpack Context.redirect
                                        .put("a", ctx -> ctx.redirect(302, "/a")) // finding: accepts PUT
                                        .delete("b", ctx -> ctx.redirect(303, "/b"))
                                        .get("c", ctx -> ctx.redirect("/c"))
                                        .prefix("api", api -> api.patch("d", ctx -> ctx.redirect("/d"))))); // finding: accepts PATCH
                    }
                }
                """).check();
    }

    @Test
    void flagsHandlerMethodsOnADeclaredChain() {
        tester.source("""
                import ratpack.core.handling.Chain;
                import ratpack.core.handling.Context;

                class Routes {
                    void register(Chain chain) {
                        chain.post("orders", this::create).get("orders", this::list);
                    }

                    void create(Context ctx) {
                        ctx.redirect("/orders"); // finding: Routes#create accepts POST
                    }

                    void list(Context ctx) {
                        ctx.redirect("/");
                    }
                }
                """).check();
    }

    @Test
    void handlersThatSplitByMethodAnswerEachMethodWithItsBlock() {
        tester.source("""
                import ratpack.handling.Chain;

                class Routes {
                    void register(Chain chain) {
                        chain.path("form", ctx -> ctx.byMethod(m -> m
                                .get(() -> ctx.redirect("/form/new"))
                                .post(() -> ctx.redirect("/form/done")))); // finding: Routes#register route "form" accepts POST but answers 302 Found through Ratpack Context.redirect
                        chain.path("other", ctx -> ctx.byMethod(spec -> {
                            spec.delete(() -> ctx.redirect(303, "/"));
                            spec.put(() -> {
                                ctx.redirect("/other"); // finding: accepts PUT
                            });
                        }));
                    }
                }
                """).check();
    }
}
