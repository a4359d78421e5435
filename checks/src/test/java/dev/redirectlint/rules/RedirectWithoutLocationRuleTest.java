package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RedirectWithoutLocationRuleTest {

    private final RuleTester tester = RuleTester.forRule(RedirectWithoutLocationRule.ID);

    @Test
    void flagsStatusOnlyRedirectsWithoutLocation() {
        tester.source("""
                import java.net.URI;
                import org.springframework.http.HttpHeaders;
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.web.bind.annotation.*;

                @RestController
                class C {
                    @PostMapping("/a")
                    ResponseEntity<Void> a() {
                        return ResponseEntity.status(HttpStatus.SEE_OTHER).build(); // finding: answers 303 See Other
                    }

                    @GetMapping("/b")
                    ResponseEntity<Void> b() {
                        return ResponseEntity.status(HttpStatus.FOUND).build(); // finding: C#b answers 302 Found
                    }

                    @PostMapping("/c")
                    ResponseEntity<Void> c() {
                        return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/x")).build();
                    }

                    @PostMapping("/d")
                    ResponseEntity<Void> d() {
                        return ResponseEntity.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/x").build();
                    }

                    @PostMapping("/e")
                    ResponseEntity<Void> e() {
                        return ResponseEntity.status(HttpStatus.NOT_MODIFIED).build();
                    }

                    @PostMapping("/f")
                    ResponseEntity<Void> f() {
                        HttpHeaders headers = new HttpHeaders();
                        headers.setLocation(URI.create("/x"));
                        return new ResponseEntity<>(headers, HttpStatus.FOUND);
                    }

                    @ResponseStatus(HttpStatus.SEE_OTHER) // finding: @ResponseStatus
                    @PostMapping("/g")
                    void g() { }
                }
                """).check();
    }

    @Test
    void flagsServletAndJaxRs() {
        tester.source("""
                import jakarta.servlet.http.*;
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.core.Response;

                class S extends HttpServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setStatus(HttpServletResponse.SC_SEE_OTHER); // finding
                    }

                    @Override
                    protected void doPut(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
                        resp.setHeader("Location", "/x");
                    }

                    @Override
                    protected void doDelete(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                        resp.sendRedirect("/x");
                    }
                }

                class R {
                    @POST
                    public Response a() {
                        return Response.status(Response.Status.TEMPORARY_REDIRECT).build(); // finding
                    }
                }
                """).check();
    }

    @Test
    void viewRedirectsAlwaysCarryTheirLocation() {
        tester.source("""
                import org.springframework.http.HttpStatus;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;

                @Controller
                class C {
                    @ResponseStatus(HttpStatus.SEE_OTHER)
                    @PostMapping("/a")
                    String a() { return "redirect:/x"; }
                }
                """).check();
    }

    @Test
    void flagsJavalinAndMicronautStatusesWithoutALocation() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).source("""
                import io.javalin.Javalin;
                import io.javalin.http.HttpStatus;

                class App {
                    void routes(Javalin app) {
                        app.post("/a", ctx -> ctx.status(HttpStatus.SEE_OTHER)); // finding: Fix: call ctx.header("Location", url) as well
                        app.post("/b", ctx -> ctx.status(HttpStatus.SEE_OTHER).header("Location", "/b"));
                        app.post("/c", ctx -> ctx.redirect("/c"));
                    }
                }
                """).check();
    }

    @Test
    void flagsHelidonStatusesWithoutALocation() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).source("""
                import io.helidon.http.HeaderNames;
                import io.helidon.http.Status;
                import io.helidon.webserver.http.HttpRules;

                class Routes {
                    void routing(HttpRules rules) {
                        rules.post("/a", (req, res) -> res.status(Status.SEE_OTHER_303).send()); // finding: Location
                        rules.post("/b", (req, res) -> res.status(Status.SEE_OTHER_303).header(HeaderNames.LOCATION, "/b").send());
                        rules.post("/c", (req, res) -> {
                            res.headers().location(java.net.URI.create("/c"));
                            res.status(Status.SEE_OTHER_303).send();
                        });
                    }
                }
                """).check();
    }

    @Test
    void flagsJoobyStatusesWithoutALocation() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).source("""
                import io.jooby.Jooby;
                import io.jooby.StatusCode;

                public class App extends Jooby {
                    {
                        post("/a", ctx -> ctx.setResponseCode(StatusCode.SEE_OTHER).send("")); // finding: Location
                        post("/b", ctx -> ctx.setResponseHeader("Location", "/b").setResponseCode(StatusCode.SEE_OTHER).send(""));
                        post("/c", ctx -> ctx.sendRedirect(StatusCode.SEE_OTHER, "/c"));
                        post("/d", ctx -> ctx.setResponseType("text/html").setResponseCode(StatusCode.SEE_OTHER).send("")); // finding: Location
                    }
                }
                """).check();
    }

    @Test
    void onlyMicronautsHeaderAnnotationSetsTheLocation() {
        RuleTester.forRule(RedirectWithoutLocationRule.ID).source("""
                import com.acme.docs.Header;
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.core.Response;

                class Payments {
                    @POST
                    @Header(name = "Location", value = "documents the header, sets nothing")
                    public Response pay() {
                        return Response.status(Response.Status.SEE_OTHER).build(); // finding: Location
                    }
                }
                """).check();
    }
}
