package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Micronaut controllers: which methods they accept and which of their responses redirect. */
class NonGet302MicronautTest {

    @Test
    void flagsFoundStatusInNonGetHandlersAndNotInGetOnes() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.*;
                import java.net.URI;

                @Controller("/orders")
                class OrderController {
                    @Post
                    HttpResponse<?> create() {
                        return HttpResponse.status(HttpStatus.FOUND).headers(h -> h.location(URI.create("/orders"))); // finding: OrderController#create accepts POST but answers 302 Found through a Micronaut HttpResponse status (HttpStatus.FOUND)
                    }

                    @CustomHttpMethod(method = "PATCH", value = "/{id}")
                    HttpResponse<?> patch() {
                        return HttpResponse.status(HttpStatus.FOUND); // finding: accepts PATCH
                    }

                    @Get("/old")
                    HttpResponse<?> old() {
                        return HttpResponse.status(HttpStatus.FOUND).headers(h -> h.location(URI.create("/orders")));
                    }

                    @Post("/see-other")
                    HttpResponse<?> seeOther() {
                        return HttpResponse.seeOther(URI.create("/orders"));
                    }

                    @Post("/text")
                    String text() {
                        return "redirect:/orders"; // Micronaut writes this as the body: no view resolution
                    }
                }
                """).check();
    }

    @Test
    void needsMicronautsOwnControllerAnnotation() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.Post;
                import org.springframework.stereotype.Controller;

                @Controller
                class NotMicronaut {
                    @Post
                    HttpResponse<?> create() {
                        return HttpResponse.status(HttpStatus.FOUND);
                    }
                }
                """).check();
    }

    @Test
    void jaxRsResourcesReturningRedirectTextAreNotSpringViews() {
        RuleTester.forAllRules().source("""
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.Path;

                @Path("/form")
                class FormResource {
                    @POST
                    public String submit() {
                        return "redirect:/done"; // a body, or a Jakarta MVC redirect, which is 303
                    }
                }
                """).check();
    }

    @Test
    void flagsAStatusAnnotationWhenTheMethodReturnsABody() {
        RuleTester.forRule(NonGet302Rule.ID).source("""
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Get;
                import io.micronaut.http.annotation.Header;
                import io.micronaut.http.annotation.Post;
                import io.micronaut.http.annotation.Put;
                import io.micronaut.http.annotation.Status;

                @Controller("/forms")
                class FormController {
                    @Post
                    @Status(HttpStatus.FOUND) // finding: FormController#submit accepts POST but answers 302 Found through Micronaut @Status
                    @Header(name = "Location", value = "/forms/done")
                    void submit() {
                    }

                    @Put
                    @Status(HttpStatus.SEE_OTHER)
                    String replace() {
                        return "ok";
                    }

                    @Post("/raw")
                    @Status(HttpStatus.FOUND)
                    HttpResponse<?> raw() {
                        return HttpResponse.ok(); // the HttpResponse's own status wins over @Status
                    }

                    @Get("/old")
                    @Status(HttpStatus.FOUND)
                    String old() {
                        return "moved";
                    }
                }
                """).check();
    }

    @Test
    void aStatusAnnotationWithoutALocationHeaderIsReported() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).source("""
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.Controller;
                import io.micronaut.http.annotation.Header;
                import io.micronaut.http.annotation.Post;
                import io.micronaut.http.annotation.Status;

                @Controller("/forms")
                class FormController {
                    @Post("/a")
                    @Status(HttpStatus.SEE_OTHER) // finding: Fix: return HttpResponse.seeOther(uri)
                    void a() {
                    }

                    @Post("/b")
                    @Status(HttpStatus.SEE_OTHER)
                    @Header(name = "Location", value = "/b")
                    void b() {
                    }
                }
                """).check();
    }
}
