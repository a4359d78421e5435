package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/** Each finding names what produced the 302 in the same words, whichever framework it is. */
class NonGet302MechanismMessagesTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Test
    void namesSpringMechanisms() {
        tester.source("""
                import org.springframework.http.HttpStatus;
                import org.springframework.http.ResponseEntity;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.servlet.ModelAndView;

                @Controller
                class Orders {
                    @PostMapping("/a")
                    ModelAndView a() {
                        return new ModelAndView("redirect:/a"); // finding: answers 302 Found through a ModelAndView with a "redirect:" view
                    }

                    @PostMapping("/b")
                    ResponseEntity<Void> b() {
                        return ResponseEntity.status(HttpStatus.FOUND).header("Location", "/b").build(); // finding: answers 302 Found through a ResponseEntity status
                    }
                }
                """).check();
    }

    @Test
    void namesServletAndJaxRsMechanisms() {
        tester.sources("""
                import jakarta.servlet.http.HttpServlet;
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;

                class Login extends HttpServlet {
                    @Override
                    protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                        resp.setStatus(HttpServletResponse.SC_FOUND); // finding: answers 302 Found through HttpServletResponse.setStatus
                        resp.setHeader("Location", "/home");
                    }
                }
                """, """
                import jakarta.ws.rs.POST;
                import jakarta.ws.rs.PUT;
                import jakarta.ws.rs.RedirectionException;
                import jakarta.ws.rs.core.Response;
                import java.net.URI;

                class Payments {
                    @POST
                    public Response pay() {
                        return Response.status(Response.Status.FOUND).location(URI.create("/r")).build(); // finding: answers 302 Found through a JAX-RS Response status
                    }

                    @PUT
                    public void replace() {
                        throw new RedirectionException(Response.Status.FOUND, URI.create("/r")); // finding: answers 302 Found through a JAX-RS RedirectionException
                    }
                }
                """).check();
    }
}
