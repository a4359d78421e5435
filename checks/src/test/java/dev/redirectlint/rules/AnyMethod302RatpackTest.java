package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Ratpack's {@code all(...)} and {@code path(...)}, which take every HTTP method. */
class AnyMethod302RatpackTest {

    private final RuleTester tester = RuleTester.forRule(AnyMethod302Rule.ID);

    @Test
    void flagsHandlersForEveryMethodThatRedirect() {
        tester.source("""
                import ratpack.handling.Chain;

                class Routes {
                    void register(Chain chain) {
                        chain.path("old", ctx -> ctx.redirect("/new")) // finding: accepts every HTTP method and answers 302 Found through Ratpack Context.redirect
                                .all(ctx -> ctx.redirect("/")) // finding: Routes#register route accepts every HTTP method
                                .post("x", ctx -> ctx.redirect("/x"))
                                .path("later", ctx -> ctx.render("a path later in the chain is no prefix of the routes before it"));
                    }
                }
                """).check();
    }
}
