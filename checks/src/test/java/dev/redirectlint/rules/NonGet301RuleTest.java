package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NonGet301RuleTest {

    private final RuleTester tester = RuleTester.forRule(NonGet301Rule.ID);

    @Test
    void flagsMovedPermanentlyInEachApi() {
        tester.source("""
                import jakarta.servlet.http.*;
                import java.net.URI;
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;

                @RestController
                class C {
                    @PutMapping("/a")
                    ResponseEntity<Void> a() {
                        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/b")).build(); // finding: accepts PUT but answers 301 Moved Permanently
                    }

                    @GetMapping("/old")
                    ResponseEntity<Void> old() {
                        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/new")).build();
                    }

                    @PostMapping("/c")
                    ResponseEntity<Void> c() {
                        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/b")).build();
                    }
                }

                class S extends HttpServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setHeader("Location", "/x");
                        resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY); // finding: 308 Permanent Redirect
                    }
                }
                """).check();
    }

    @Test
    void flagsJaxRsMovedPermanently() {
        tester.source("""
                import jakarta.ws.rs.DELETE;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;

                public class R {
                    @DELETE
                    public Response a() {
                        return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/x")).build(); // finding: accepts DELETE
                    }
                }
                """).check();
    }

    @Test
    void flagsMicronautRedirectWhichIsMovedPermanently() {
        tester.source("""
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.annotation.*;
                import java.net.URI;

                @Controller("/orders")
                class OrderController {
                    @Post
                    HttpResponse<?> create() {
                        return HttpResponse.redirect(URI.create("/orders")); // finding: OrderController#create accepts POST but answers 301 Moved Permanently through Micronaut HttpResponse.redirect; after a 301 a client may repeat the request as a GET. Fix: use HttpResponse.permanentRedirect(uri)
                    }

                    @Get("/old")
                    HttpResponse<?> old() {
                        return HttpResponse.redirect(URI.create("/orders"));
                    }

                    @Delete("/{id}")
                    HttpResponse<?> delete() {
                        return HttpResponse.temporaryRedirect(URI.create("/orders"));
                    }
                }
                """).check();
    }

    /** A legacy-URL redirector mapped without a method: a form's POST to the old URL is turned into a GET. */
    @Test
    void flagsAHandlerMappedWithoutAMethodThroughAHelper() {
        tester.source("""
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.RequestMapping;

                @Controller
                class LegacyController {
                    @RequestMapping("/ftopic{id}.php")
                    void topic(String id, HttpServletResponse response) {
                        moved(response, "/topics/" + id); // finding: LegacyController#topic accepts every HTTP method but answers 301 Moved Permanently
                    }

                    @GetMapping("/fpost{id}.php")
                    void post(String id, HttpServletResponse response) {
                        moved(response, "/posts/" + id);
                    }

                    private void moved(HttpServletResponse response, String url) {
                        response.setStatus(301);
                        response.setHeader("Location", url);
                    }
                }
                """).check();
    }
}
