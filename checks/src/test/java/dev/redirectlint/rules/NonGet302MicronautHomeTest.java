package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Where Micronaut's home plugs into the phases: its controllers claim code before routes registered in code
 * ({@code FrameworkHome.claimsBeforeCodeRoutes}), and {@code @Status} is a fallback
 * ({@code FrameworkHome.fallbackDetectors}), as they were while Micronaut lived in the core.
 */
class NonGet302MicronautHomeTest {

    @Test
    void aControllerMethodThatAJavalinRouteAlsoNamesIsMicronauts() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import io.javalin.Javalin;
                import io.javalin.http.Context;
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Post;

                @Controller
                class Orders {
                    void register(Javalin app) {
                        app.post("/orders", this::create);
                    }

                    @Post("/orders")
                    HttpResponse<?> create(Context ctx) {
                        ctx.redirect("/done"); // Javalin's redirect: this method is a Micronaut handler
                        return HttpResponse.status(HttpStatus.FOUND); // finding: Orders#create accepts POST but answers 302 Found through a Micronaut HttpResponse status
                    }
                }
                """).check();
    }

    @Test
    void aStatusAnnotationGivesWayToARedirectTheMethodMakes() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Post;
                import io.micronaut.http.annotation.Status;
                import jakarta.servlet.http.HttpServletResponse;

                @Controller("/forms")
                class FormController {
                    @Post
                    @Status(HttpStatus.FOUND)
                    void submit(HttpServletResponse response) throws Exception {
                        response.sendRedirect("/forms/done"); // finding: FormController#submit accepts POST but answers 302 Found through HttpServletResponse.sendRedirect
                    }
                }
                """).check();
    }
}
