package dev.redirectlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.rules.NonGet301Rule;
import dev.redirectlint.rules.NonGet302Rule;
import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Before/after pairs for every fix the engine offers; each fixed source is analysed again. */
class FixesTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Nested
    class SpringViews {

        @Test
        void annotatesTheHandlerWithSeeOtherAndImportsInOrder() {
            tester.input("""
                    package shop;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class OrderController {
                        @PostMapping("/orders")
                        String create() {
                            return "redirect:/orders";
                        }
                    }
                    """).output("""
                    package shop;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class OrderController {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/orders")
                        String create() {
                            return "redirect:/orders";
                        }
                    }
                    """).fix();
        }

        @Test
        void alternativeFixUsesTemporaryRedirectAndReusesWildcardImports() {
            tester.input("""
                    import org.springframework.http.*;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @PostMapping("/a") public String a() { return "redirect:/x"; }
                    }
                    """).output("""
                    import org.springframework.http.*;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.TEMPORARY_REDIRECT)
                        @PostMapping("/a") public String a() { return "redirect:/x"; }
                    }
                    """).chooseFix(1).fix();
        }

        @Test
        void preferredStatus307PutsTheTemporaryRedirectFixFirst() {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).preferredStatus(307).source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).fixes();
            assertThat(fixes).extracting(f -> f.status()).containsExactly(307, 303);
        }

        @Test
        void rewritesAnExistingFoundAnnotation() {
            tester.input("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.FOUND)
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).fix();
        }

        @Test
        void offersNoAnnotationWhenTheHandlerAlsoRendersAView() {
            var findings = tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(boolean valid) {
                            if (!valid) {
                                return "form";
                            }
                            return "redirect:/x"; // finding: return new ModelAndView("redirect:/x", HttpStatus.SEE_OTHER) on this path
                        }
                    }
                    """).check();
            assertThat(findings.get(0).fixes()).isEmpty();
        }

        @Test
        void usesTheQualifiedNameWhenASimpleNameIsTaken() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        enum HttpStatus { OK }

                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).output("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class C {
                        enum HttpStatus { OK }

                        @ResponseStatus(org.springframework.http.HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).fix();
        }

        @Test
        void addsTheStatusToAModelAndView() {
            tester.input("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a() { return new ModelAndView("redirect:/x"); }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a() { return new ModelAndView("redirect:/x", HttpStatus.SEE_OTHER); }
                    }
                    """).fix();
        }

        @Test
        void setsTheStatusCodeOfARedirectViewVariable() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                    \t@PostMapping("/a")
                    \tRedirectView a() {
                    \t\tRedirectView view = new RedirectView("/x");
                    \t\tview.setExposeModelAttributes(false);
                    \t\treturn view;
                    \t}
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                    \t@PostMapping("/a")
                    \tRedirectView a() {
                    \t\tRedirectView view = new RedirectView("/x");
                    \t\tview.setStatusCode(HttpStatus.SEE_OTHER);
                    \t\tview.setExposeModelAttributes(false);
                    \t\treturn view;
                    \t}
                    }
                    """).fix();
        }
    }

    @Nested
    class StatusConstants {

        @Test
        void replacesTheResponseEntityStatus() {
            tester.input("""
                    import java.net.URI;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        @PostMapping("/a") ResponseEntity<Void> a() {
                            return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/x")).build();
                        }
                    }
                    """).output("""
                    import java.net.URI;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        @PostMapping("/a") ResponseEntity<Void> a() {
                            return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/x")).build();
                        }
                    }
                    """).fix();
        }

        @Test
        void replacesStaticImportsLiteralsAndSharedConstantsAtTheirUse() {
            tester.input("""
                    import static org.springframework.http.HttpStatus.FOUND;
                    import java.net.URI;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        static final org.springframework.http.HttpStatus REDIRECT = FOUND;

                        @PostMapping("/a") ResponseEntity<Void> a() { return ResponseEntity.status(FOUND).location(URI.create("/x")).build(); }
                        @PostMapping("/b") ResponseEntity<Void> b() { return ResponseEntity.status(302).location(URI.create("/x")).build(); }
                        @PostMapping("/c") ResponseEntity<Void> c() { return ResponseEntity.status(REDIRECT).location(URI.create("/x")).build(); }
                    }
                    """).output("""
                    import static org.springframework.http.HttpStatus.FOUND;
                    import java.net.URI;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        static final org.springframework.http.HttpStatus REDIRECT = FOUND;

                        @PostMapping("/a") ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/x")).build(); }
                        @PostMapping("/b") ResponseEntity<Void> b() { return ResponseEntity.status(303).location(URI.create("/x")).build(); }
                        @PostMapping("/c") ResponseEntity<Void> c() { return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/x")).build(); }
                    }
                    """).fix();
        }

        @Test
        void replacesJaxRsStatus() {
            tester.input("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.core.Response;
                    import java.net.URI;

                    public class R {
                        @POST
                        public Response a() {
                            return Response.status(Response.Status.FOUND).location(URI.create("/x")).build();
                        }
                    }
                    """).output("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.core.Response;
                    import java.net.URI;

                    public class R {
                        @POST
                        public Response a() {
                            return Response.status(Response.Status.TEMPORARY_REDIRECT).location(URI.create("/x")).build();
                        }
                    }
                    """).chooseFix(1).fix();
        }

        @Test
        void movedPermanentlyBecomesPermanentRedirect() {
            RuleTester.forRule(NonGet301Rule.ID).input("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            resp.setHeader("Location", "/x");
                            resp.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                        }
                    }
                    """).output("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            resp.setHeader("Location", "/x");
                            resp.setStatus(308);
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class ServletSendRedirect {

        @Test
        void becomesSetStatusAndLocationHeaderKeepingCrlfAndTabs() {
            tester.input("import jakarta.servlet.http.*;\r\n\r\nclass S extends HttpServlet {\r\n"
                    + "\t@Override\r\n\tprotected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\r\n"
                    + "\t\tresp.sendRedirect(req.getContextPath() + \"/done\"); // redirect home\r\n\t}\r\n}\r\n")
                    .output("import jakarta.servlet.http.*;\r\n\r\nclass S extends HttpServlet {\r\n"
                    + "\t@Override\r\n\tprotected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\r\n"
                    + "\t\tresp.setStatus(HttpServletResponse.SC_SEE_OTHER);\r\n"
                    + "\t\tresp.setHeader(\"Location\", req.getContextPath() + \"/done\"); // redirect home\r\n\t}\r\n}\r\n")
                    .fix();
        }

        @Test
        void keepsAByteOrderMark() {
            tester.input("\uFEFFimport javax.servlet.http.HttpServlet;\nimport javax.servlet.http.HttpServletRequest;\n"
                    + "import javax.servlet.http.HttpServletResponse;\n\nclass S extends HttpServlet {\n"
                    + "    protected void doPut(HttpServletRequest q, HttpServletResponse r) throws java.io.IOException {\n"
                    + "        r.sendRedirect(\"/x\");\n    }\n}\n")
                    .output("\uFEFFimport javax.servlet.http.HttpServlet;\nimport javax.servlet.http.HttpServletRequest;\n"
                    + "import javax.servlet.http.HttpServletResponse;\n\nclass S extends HttpServlet {\n"
                    + "    protected void doPut(HttpServletRequest q, HttpServletResponse r) throws java.io.IOException {\n"
                    + "        r.setStatus(HttpServletResponse.SC_TEMPORARY_REDIRECT);\n"
                    + "        r.setHeader(\"Location\", \"/x\");\n    }\n}\n")
                    .chooseFix(1).fix();
        }

        @Test
        void noFixWhenTheCallIsNotAStatementOfItsOwn() {
            RuleTester.forRule(NonGet302Rule.ID).source("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        interface Go { void to(String url) throws java.io.IOException; }

                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            Go go = url -> resp.sendRedirect(url); // finding
                            ((HttpServletResponse) resp).sendRedirect("/y"); // finding
                        }
                    }
                    """).check().forEach(f -> assertThat(f.fixes()).isEmpty());
        }
    }
}
