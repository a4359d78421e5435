package dev.redirectlint.fix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.rules.NonGet301Rule;
import dev.redirectlint.rules.NonGet302Rule;
import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
            assertThat(findings.get(0).fixes()).extracting(f -> f.description())
                    .allMatch(d -> d.startsWith("Return a ModelAndView"));
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

        @Test
        void annotatesAHandlerWhoseModelAndViewIsAlwaysARedirect() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a() {
                            ModelAndView mav = new ModelAndView();
                            mav.setViewName("redirect:/x");
                            return mav;
                        }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") ModelAndView a() {
                            ModelAndView mav = new ModelAndView();
                            mav.setViewName("redirect:/x");
                            return mav;
                        }
                    }
                    """).fix();
        }

        @Test
        void setsTheStatusOfARedirectModelAndViewWhenTheHandlerAlsoRendersAPage() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a(boolean invalid) {
                            if (invalid) {
                                return new ModelAndView("form");
                            }
                            ModelAndView mav = new ModelAndView();
                            mav.setViewName("redirect:/x");
                            return mav;
                        }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a(boolean invalid) {
                            if (invalid) {
                                return new ModelAndView("form");
                            }
                            ModelAndView mav = new ModelAndView();
                            mav.setStatus(HttpStatus.SEE_OTHER);
                            mav.setViewName("redirect:/x");
                            return mav;
                        }
                    }
                    """).fix();
        }

        @Test
        void leavesAModelAndViewAloneWhenItMayAlsoRenderAPage() {
            var findings = tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a(boolean invalid) {
                            ModelAndView mav = new ModelAndView();
                            if (invalid) {
                                mav.setViewName("form");
                            } else {
                                mav.setViewName("redirect:/x"); // finding: call setStatus(HttpStatus.SEE_OTHER) on the ModelAndView this path returns
                            }
                            return mav;
                        }
                    }
                    """).check();
            assertThat(findings.get(0).fixes()).isEmpty();
        }

        @Test
        void turnsOffHttp10CompatibilityOfAnInlineRedirectViewFor303() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                        @PostMapping("/a") Object a(boolean invalid) {
                            if (invalid) {
                                return "form";
                            }
                            return new RedirectView("/x");
                        }
                    }
                    """).output("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                        @PostMapping("/a") Object a(boolean invalid) {
                            if (invalid) {
                                return "form";
                            }
                            return new RedirectView("/x", false, false);
                        }
                    }
                    """).fix();
        }

        @Test
        void offersNoInlineRedirectViewEditFor307() {
            var findings = tester.preferredStatus(307).source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                        @PostMapping("/a") Object a(boolean invalid) {
                            if (invalid) {
                                return "form";
                            }
                            return new RedirectView("/x", true); // finding: call setStatusCode(HttpStatus.TEMPORARY_REDIRECT) on the RedirectView this path returns
                        }
                    }
                    """).check();
            assertThat(findings.get(0).message()).contains("new RedirectView(\"/x\", true, false)");
            assertThat(findings.get(0).fixes()).extracting(fix -> fix.status()).containsExactly(303);
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
        void jaxRsStatusWithLocationBecomesTheFactoryMethod() {
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
                            return Response.temporaryRedirect(URI.create("/x")).build();
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
    class ConditionalStatus {

        @Test
        void replacesOnlyTheBranchThatSends302() {
            tester.input("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            resp.setStatus(req.getHeader("X-Api") != null ? 307 : 302);
                            resp.setHeader("Location", "/done");
                        }
                    }
                    """).output("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            resp.setStatus(req.getHeader("X-Api") != null ? 307 : 303);
                            resp.setHeader("Location", "/done");
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

    @Nested
    class MoreMechanisms {

        @Test
        void jaxRsSeeOtherIsPreferred() {
            tester.input("""
                    import jakarta.ws.rs.PUT;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                    	@PUT
                    	public Response a(java.net.URI next) {
                    		return Response.status(302) // moved
                    				.location(next).header("X-A", "b").build();
                    	}
                    }
                    """.replace("\n", "\r\n")).output("""
                    import jakarta.ws.rs.PUT;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                    	@PUT
                    	public Response a(java.net.URI next) {
                    		return Response.seeOther(next).header("X-A", "b").build();
                    	}
                    }
                    """.replace("\n", "\r\n")).fix();
        }

        @Test
        void jaxRsChainWithoutADirectLocationKeepsTheStatusReplacement() {
            tester.input("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                        @POST
                        public Response a(java.net.URI next) {
                            return Response.status(Response.Status.FOUND).header("X-A", "b").location(next).build();
                        }
                    }
                    """).output("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                        @POST
                        public Response a(java.net.URI next) {
                            return Response.status(Response.Status.SEE_OTHER).header("X-A", "b").location(next).build();
                        }
                    }
                    """).fix();
        }

        @Test
        void jaxRsRedirectionExceptionGetsSeeOther() {
            tester.input("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.RedirectionException;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                        @POST
                        public void a(java.net.URI next) {
                            throw new RedirectionException(Response.Status.FOUND, next);
                        }
                    }
                    """).output("""
                    import jakarta.ws.rs.POST;
                    import jakarta.ws.rs.RedirectionException;
                    import jakarta.ws.rs.core.Response;

                    public class R {
                        @POST
                        public void a(java.net.URI next) {
                            throw new RedirectionException(Response.Status.SEE_OTHER, next);
                        }
                    }
                    """).fix();
        }

        @Test
        void aRedirectViewReturnedDirectlyGetsTheAnnotation() {
            tester.input("""
                    package shop;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                    	@PostMapping("/a")
                    	RedirectView a() {
                    		return new RedirectView("/x");
                    	}
                    }
                    """.replace("\n", "\r\n")).output("""
                    package shop;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;
                    import org.springframework.web.servlet.view.RedirectView;

                    @Controller
                    class C {
                    	@ResponseStatus(HttpStatus.SEE_OTHER)
                    	@PostMapping("/a")
                    	RedirectView a() {
                    		return new RedirectView("/x");
                    	}
                    }
                    """.replace("\n", "\r\n")).fix();
        }

        @Test
        void importsGoAfterThePackageWhenThereAreNone() {
            tester.input("""
                    package shop;

                    @org.springframework.stereotype.Controller
                    class C {
                        @org.springframework.web.bind.annotation.PostMapping("/a")
                        String a() { return "redirect:/x"; }
                    }
                    """).output("""
                    package shop;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @org.springframework.stereotype.Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @org.springframework.web.bind.annotation.PostMapping("/a")
                        String a() { return "redirect:/x"; }
                    }
                    """).fix();
        }
    }

    @Nested
    class Servlet61 {

        @Test
        void sendRedirectGetsTheStatusArgumentWhenTheProjectUsesServlet61() {
            tester.libraryVersion("jakarta.servlet:jakarta.servlet-api", "6.1.0").input("import jakarta.servlet.http.*;\r\n\r\nclass S extends HttpServlet {\r\n"
                    + "\t@Override\r\n\tprotected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\r\n"
                    + "\t\tresp.sendRedirect(\"/done\"); // home\r\n\t\tresp.getWriter().print(\"ignored\");\r\n\t}\r\n}\r\n")
                    .output("import jakarta.servlet.http.*;\r\n\r\nclass S extends HttpServlet {\r\n"
                    + "\t@Override\r\n\tprotected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {\r\n"
                    + "\t\tresp.sendRedirect(\"/done\", HttpServletResponse.SC_SEE_OTHER); // home\r\n"
                    + "\t\tresp.getWriter().print(\"ignored\");\r\n\t}\r\n}\r\n")
                    .fix();
        }

        @Test
        void theClearBufferOverloadIsServlet61AlreadyAndAnyExpressionWorks() {
            tester.input("""
                    import jakarta.servlet.http.HttpServlet;
                    import jakarta.servlet.http.HttpServletRequest;
                    import jakarta.servlet.http.HttpServletResponse;

                    class S extends HttpServlet {
                        interface Go { void to(String url) throws java.io.IOException; }

                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            Go go = url -> resp.sendRedirect(url, true);
                        }
                    }
                    """).output("""
                    import jakarta.servlet.http.HttpServlet;
                    import jakarta.servlet.http.HttpServletRequest;
                    import jakarta.servlet.http.HttpServletResponse;

                    class S extends HttpServlet {
                        interface Go { void to(String url) throws java.io.IOException; }

                        @Override
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) {
                            Go go = url -> resp.sendRedirect(url, HttpServletResponse.SC_TEMPORARY_REDIRECT, true);
                        }
                    }
                    """).chooseFix(1).fix();
        }

        @Test
        void javaxServletKeepsTheSetStatusFixAndSaysTheResponseIsNoLongerCommitted() {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).libraryVersion("jakarta.servlet:jakarta.servlet-api", "6.1.0").source("""
                    import javax.servlet.http.*;

                    class S extends HttpServlet {
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            if (req.getParameter("a") != null) {
                                resp.sendRedirect("/a");
                            }
                            resp.getWriter().print("done");
                        }
                    }
                    """).fixes();
            assertThat(fixes.get(0).description()).startsWith("Replace sendRedirect with setStatus(")
                    .contains("does not commit the response");
        }

        @Test
        void noCautionWhenNothingRunsAfterTheRedirect() {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).libraryVersion("jakarta.servlet:jakarta.servlet-api", "6.0.0").source("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            if (req.getParameter("a") != null) {
                                resp.sendRedirect("/a");
                                return;
                            }
                            resp.getWriter().print("done");
                        }
                    }
                    """).fixes();
            assertThat(fixes.get(0).description()).doesNotContain("commit");
            assertThat(fixes.get(0).edits().get(0).replacement()).startsWith("resp.setStatus(");
        }

        /** An unknown Servlet version counts as older than 6.1, so the fix works on every version. */
        @ParameterizedTest
        @ValueSource(strings = {"6.0.0", "5.0.0", "${servlet.version}", " "})
        void aServletOlderThan61OrAnUnknownOneKeepsTheSetStatusFix(String version) {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).libraryVersion("jakarta.servlet:jakarta.servlet-api", version)
                    .source("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            resp.sendRedirect("/a");
                        }
                    }
                    """).fixes();
            assertThat(fixes.get(0).edits().get(0).replacement()).startsWith("resp.setStatus(");
        }

        @ParameterizedTest
        @ValueSource(strings = {"6.1", "6.1.0-M1", "6.2.0", "7.0.0"})
        void servlet61OrLaterPassesTheStatus(String version) {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).libraryVersion("jakarta.servlet:jakarta.servlet-api", version)
                    .source("""
                    import jakarta.servlet.http.*;

                    class S extends HttpServlet {
                        protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
                            resp.sendRedirect("/a");
                        }
                    }
                    """).fixes();
            assertThat(fixes.get(0).description()).startsWith("Pass ");
        }
    }

    @Nested
    class Micronaut {

        @Test
        void replacesTheStatusOfAStatusAnnotation() {
            tester.input("""
                    import io.micronaut.http.HttpStatus;
                    import io.micronaut.http.annotation.*;

                    @Controller("/forms")
                    class FormController {
                        @Post
                        @Status(HttpStatus.FOUND)
                        @Header(name = "Location", value = "/forms/done")
                        void submit() {
                        }
                    }
                    """).output("""
                    import io.micronaut.http.HttpStatus;
                    import io.micronaut.http.annotation.*;

                    @Controller("/forms")
                    class FormController {
                        @Post
                        @Status(HttpStatus.SEE_OTHER)
                        @Header(name = "Location", value = "/forms/done")
                        void submit() {
                        }
                    }
                    """).fix();
        }

        private static final String BEFORE = """
                import io.micronaut.http.HttpResponse;
                import io.micronaut.http.HttpStatus;
                import io.micronaut.http.annotation.*;
                import java.net.URI;

                @Controller("/orders")
                class OrderController {
                    @Post
                    HttpResponse<?> create() {
                        return HttpResponse.redirect(URI.create("/orders"));
                    }

                    @Put
                    HttpResponse<?> update() {
                        return HttpResponse.status(HttpStatus.FOUND).headers(h -> h.location(URI.create("/orders")));
                    }
                }
                """;

        @Test
        void redirectBecomesPermanentRedirectAndFoundBecomesSeeOther() {
            RuleTester.forAllRules().input(BEFORE).output("""
                    import io.micronaut.http.HttpResponse;
                    import io.micronaut.http.HttpStatus;
                    import io.micronaut.http.annotation.*;
                    import java.net.URI;

                    @Controller("/orders")
                    class OrderController {
                        @Post
                        HttpResponse<?> create() {
                            return HttpResponse.permanentRedirect(URI.create("/orders"));
                        }

                        @Put
                        HttpResponse<?> update() {
                            return HttpResponse.status(HttpStatus.SEE_OTHER).headers(h -> h.location(URI.create("/orders")));
                        }
                    }
                    """).fix();
        }

        @Test
        void theAlternativeForRedirectIsSeeOther() {
            RuleTester.forRule(NonGet301Rule.ID).chooseFix(1).input(BEFORE).output(BEFORE.replace(
                    "HttpResponse.redirect(", "HttpResponse.seeOther(")).fix();
        }
    }

    @Nested
    class Javalin {

        @Test
        void passesSeeOtherToRedirectWhereTheFileUsesJavalinsHttpStatus() {
            tester.input("""
                    import io.javalin.Javalin;
                    import io.javalin.http.HttpStatus;

                    class App {
                        void routes(Javalin app) {
                            app.post("/orders", ctx -> ctx.redirect("/orders"));
                            app.put("/orders", ctx -> ctx.redirect("/orders", HttpStatus.FOUND));
                            app.get("/health", ctx -> ctx.status(HttpStatus.OK));
                        }
                    }
                    """).output("""
                    import io.javalin.Javalin;
                    import io.javalin.http.HttpStatus;

                    class App {
                        void routes(Javalin app) {
                            app.post("/orders", ctx -> ctx.redirect("/orders", HttpStatus.SEE_OTHER));
                            app.put("/orders", ctx -> ctx.redirect("/orders", HttpStatus.SEE_OTHER));
                            app.get("/health", ctx -> ctx.status(HttpStatus.OK));
                        }
                    }
                    """).fix();
        }

        @Test
        void offersNoEditWhereTheJavalinVersionIsUnknown() {
            // Javalin 3 and 4 take an int status, 5 and later an HttpStatus: nothing here tells which.
            tester.source("""
                    import io.javalin.Javalin;

                    class App {
                        void routes(Javalin app) {
                            app.post("/orders", ctx -> ctx.redirect("/orders"));
                        }
                    }
                    """).expectNoFix();
        }
    }

    @Nested
    class Helidon {

        @Test
        void replacesTheStatusConstantAndTheNumber() {
            tester.input("""
                    import io.helidon.http.Status;
                    import io.helidon.webserver.http.HttpRules;

                    class Routes {
                        void routing(HttpRules rules) {
                            rules.post("/orders", (req, res) -> res.status(Status.FOUND_302).header("Location", "/orders").send());
                            rules.put("/orders", (req, res) -> res.status(302).header("Location", "/orders").send());
                        }
                    }
                    """).output("""
                    import io.helidon.http.Status;
                    import io.helidon.webserver.http.HttpRules;

                    class Routes {
                        void routing(HttpRules rules) {
                            rules.post("/orders", (req, res) -> res.status(Status.SEE_OTHER_303).header("Location", "/orders").send());
                            rules.put("/orders", (req, res) -> res.status(303).header("Location", "/orders").send());
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class Jooby {

        @Test
        void passesSeeOtherToSendRedirectAndImportsStatusCode() {
            tester.input("""
                    import io.jooby.Jooby;

                    public class App extends Jooby {
                        {
                            post("/orders", ctx -> ctx.sendRedirect("/orders"));
                        }
                    }
                    """).output("""
                    import io.jooby.Jooby;
                    import io.jooby.StatusCode;

                    public class App extends Jooby {
                        {
                            post("/orders", ctx -> ctx.sendRedirect(StatusCode.SEE_OTHER, "/orders"));
                        }
                    }
                    """).fix();
        }

        @Test
        void replacesTheStatusPassedToSendRedirect() {
            tester.input("""
                    import io.jooby.Jooby;
                    import io.jooby.StatusCode;

                    public class App extends Jooby {
                        {
                            put("/orders", ctx -> ctx.sendRedirect(StatusCode.FOUND, "/orders"));
                        }
                    }
                    """).output("""
                    import io.jooby.Jooby;
                    import io.jooby.StatusCode;

                    public class App extends Jooby {
                        {
                            put("/orders", ctx -> ctx.sendRedirect(StatusCode.TEMPORARY_REDIRECT, "/orders"));
                        }
                    }
                    """).chooseFix(1).fix();
        }
    }

    @Nested
    class Play {

        private static final String ROUTES = """
                POST  /orders        controllers.Orders.create()
                PUT   /orders/:id    controllers.Orders.update(id: Long)
                """;

        @Test
        void foundBecomesRedirectWhichIsSeeOtherInPlay() {
            tester.configFile("conf/routes", ROUTES).input("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return found(routes.Orders.index());
                        }

                        public Result update(Long id) {
                            return play.mvc.Results.found("/orders/" + id);
                        }
                    }
                    """).output("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return redirect(routes.Orders.index());
                        }

                        public Result update(Long id) {
                            return play.mvc.Results.redirect("/orders/" + id);
                        }
                    }
                    """).fix();
        }

        @Test
        void foundBecomesTemporaryRedirectFor307() {
            tester.configFile("conf/routes", ROUTES).input("""
                    package controllers;

                    import static play.mvc.Results.found;

                    import play.mvc.Result;

                    public class Orders {
                        public Result create() {
                            return found("/orders");
                        }
                    }
                    """).output("""
                    package controllers;

                    import static play.mvc.Results.found;

                    import play.mvc.Result;
                    import play.mvc.Results;

                    public class Orders {
                        public Result create() {
                            return Results.temporaryRedirect("/orders");
                        }
                    }
                    """).chooseFix(1).fix();
        }

        @Test
        void theStatusConstantBecomesSeeOther() {
            tester.configFile("conf/routes", ROUTES).input("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Http;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return status(Http.Status.FOUND).withHeader(Http.HeaderNames.LOCATION, "/orders");
                        }

                        public Result update(Long id) {
                            return status(302).withHeader("Location", "/orders/" + id);
                        }
                    }
                    """).output("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Http;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return status(Http.Status.SEE_OTHER).withHeader(Http.HeaderNames.LOCATION, "/orders");
                        }

                        public Result update(Long id) {
                            return status(303).withHeader("Location", "/orders/" + id);
                        }
                    }
                    """).fix();
        }

        @Test
        void anInheritedConstantBecomesTheOtherConstant() {
            tester.configFile("conf/routes", ROUTES).input("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return status(FOUND).withHeader(LOCATION, "/orders");
                        }
                    }
                    """).output("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return status(TEMPORARY_REDIRECT).withHeader(LOCATION, "/orders");
                        }
                    }
                    """).chooseFix(1).fix();
        }

        @Test
        void movedPermanentlyBecomesPermanentRedirect() {
            RuleTester.forRule(NonGet301Rule.ID).configFile("conf/routes", ROUTES).input("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return movedPermanently("/orders");
                        }
                    }
                    """).output("""
                    package controllers;

                    import play.mvc.Controller;
                    import play.mvc.Result;

                    public class Orders extends Controller {
                        public Result create() {
                            return permanentRedirect("/orders");
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class Ratpack {

        @Test
        void passesTheStatusFirstToRedirect() {
            tester.input("""
                    import ratpack.core.handling.Chain;

                    class Routes {
                        void register(Chain chain) {
                            chain.post("orders", ctx -> ctx.redirect("/orders"))
                                    .put("orders", ctx -> ctx.redirect(302, "/orders"));
                        }
                    }
                    """).output("""
                    import ratpack.core.handling.Chain;

                    class Routes {
                        void register(Chain chain) {
                            chain.post("orders", ctx -> ctx.redirect(303, "/orders"))
                                    .put("orders", ctx -> ctx.redirect(303, "/orders"));
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class Spark {

        @Test
        void passesTheStatusToRedirect() {
            tester.input("""
                    import static spark.Spark.post;

                    class App {
                        public static void main(String[] args) {
                            post("/orders", (req, res) -> {
                                res.redirect("/orders");
                                return null;
                            });
                        }
                    }
                    """).output("""
                    import static spark.Spark.post;

                    class App {
                        public static void main(String[] args) {
                            post("/orders", (req, res) -> {
                                res.redirect("/orders", 303);
                                return null;
                            });
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class Vertx {

        @Test
        void setsTheStatusBeforeTheRedirect() {
            tester.input("""
                    import io.vertx.ext.web.Router;

                    class Server {
                        void routes(Router router) {
                            router.post("/orders").handler(ctx -> {
                                ctx.redirect("/orders");
                            });
                        }
                    }
                    """).output("""
                    import io.vertx.ext.web.Router;

                    class Server {
                        void routes(Router router) {
                            router.post("/orders").handler(ctx -> {
                                ctx.response().setStatusCode(303);
                                ctx.redirect("/orders");
                            });
                        }
                    }
                    """).fix();
        }

        @Test
        void anExpressionLambdaBecomesABlockThatSetsTheStatusFirst() {
            tester.input("""
                    import io.vertx.ext.web.Router;

                    class Server {
                        void routes(Router router) {
                            router.post("/orders").handler(ctx -> ctx.redirect("/orders"));
                            router.put("/orders/:id").respond(ctx -> ctx.redirect("/orders"));
                        }
                    }
                    """).output("""
                    import io.vertx.ext.web.Router;

                    class Server {
                        void routes(Router router) {
                            router.post("/orders").handler(ctx -> { ctx.response().setStatusCode(303); ctx.redirect("/orders"); });
                            router.put("/orders/:id").respond(ctx -> { ctx.response().setStatusCode(303); return ctx.redirect("/orders"); });
                        }
                    }
                    """).fix();
        }

        /** An OpenAPI operation's handler, whose method the contract gives, is fixed as a route's is. */
        @Test
        void anOperationHandlerSetsTheStatusFirstToo() {
            tester.configFile("src/main/resources/openapi.yaml", """
                    openapi: 3.0.3
                    paths:
                      /orders:
                        post: {operationId: createOrder}
                    """).input("""
                    import io.vertx.ext.web.openapi.router.RouterBuilder;

                    class Server {
                        void routes(RouterBuilder routerBuilder) {
                            routerBuilder.getRoute("createOrder").addHandler(ctx -> ctx.redirect("/orders"));
                        }
                    }
                    """).output("""
                    import io.vertx.ext.web.openapi.router.RouterBuilder;

                    class Server {
                        void routes(RouterBuilder routerBuilder) {
                            routerBuilder.getRoute("createOrder").addHandler(ctx -> { ctx.response().setStatusCode(303); ctx.redirect("/orders"); });
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class ResteasyReactive {

        @Test
        void replacesTheStatusOfTheBuilder() {
            tester.input("""
                    import jakarta.ws.rs.POST;
                    import java.net.URI;
                    import org.jboss.resteasy.reactive.RestResponse;

                    public class OrderResource {
                        @POST
                        public RestResponse<Void> create() {
                            return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.FOUND)
                                    .location(URI.create("/orders")).build();
                        }
                    }
                    """).output("""
                    import jakarta.ws.rs.POST;
                    import java.net.URI;
                    import org.jboss.resteasy.reactive.RestResponse;

                    public class OrderResource {
                        @POST
                        public RestResponse<Void> create() {
                            return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.SEE_OTHER)
                                    .location(URI.create("/orders")).build();
                        }
                    }
                    """).fix();
        }
    }

    @Nested
    class SpringFunctional {

        @Test
        void replacesTheServerResponseStatus() {
            tester.input("""
                    import static org.springframework.web.servlet.function.RouterFunctions.route;

                    import java.net.URI;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.web.servlet.function.RouterFunction;
                    import org.springframework.web.servlet.function.ServerResponse;

                    class Routes {
                        RouterFunction<ServerResponse> routes() {
                            return route().POST("/orders", request -> ServerResponse.status(HttpStatus.FOUND)
                                    .location(URI.create("/orders")).build()).build();
                        }
                    }
                    """).output("""
                    import static org.springframework.web.servlet.function.RouterFunctions.route;

                    import java.net.URI;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.web.servlet.function.RouterFunction;
                    import org.springframework.web.servlet.function.ServerResponse;

                    class Routes {
                        RouterFunction<ServerResponse> routes() {
                            return route().POST("/orders", request -> ServerResponse.status(HttpStatus.SEE_OTHER)
                                    .location(URI.create("/orders")).build()).build();
                        }
                    }
                    """).fix();
        }
    }

    /** Where an added import lands when the file's own layout is unusual, and which line ends it gets. */
    @Nested
    class ImportsAndLineEnds {

        @Test
        void anImportAfterALineThatEndsACommentGoesOutsideTheComment() {
            tester.input("""
                    package shop;
                    /* imports
                       for the controller */ import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """).output("""
                    package shop;
                    /* imports
                       for the controller */ import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """).fix();
        }

        @Test
        void anImportOnThePackageLineGoesAfterThePackage() {
            tester.input("""
                    package shop; import org.springframework.stereotype.Controller; import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """).output("""
                    package shop; import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller; import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """).fix();
        }

        @Test
        void unicodeEscapesAreReadAsJavacReadsThemAndKeptAsWritten() {
            tester.input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/caf\\u00e9") String a() {
                            String view = \\u0022redirect:/a\\u0022;
                            return view;
                        }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/caf\\u00e9") String a() {
                            String view = \\u0022redirect:/a\\u0022;
                            return view;
                        }
                    }
                    """).fix();
        }

        @Test
        void aFileWithClassicMacLineEndsGetsCarriageReturnsOnly() {
            String before = """
                    package shop;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """;
            String after = """
                    package shop;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.bind.annotation.ResponseStatus;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/a"; }
                    }
                    """;
            tester.input(before.replace("\n", "\r")).output(after.replace("\n", "\r")).fix();
        }
    }

    /** A handler that renders its form again on an error and redirects on success. */
    @Nested
    class FormHandlers {

        @Test
        void returnsAModelAndViewWithSeeOtherOnTheRedirectAndThePageAsBefore() {
            tester.input("""
                    package shop;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.ui.Model;
                    import org.springframework.validation.BindingResult;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class OwnerController {
                        @PostMapping("/owners/new")
                        public String processCreationForm(Owner owner, BindingResult result, Model model) {
                            if (result.hasErrors()) {
                                model.addAttribute("owner", owner);
                                return "owners/createOrUpdateOwnerForm";
                            }
                            return "redirect:/owners/" + owner.getId();
                        }
                    }
                    """).output("""
                    package shop;

                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.ui.Model;
                    import org.springframework.validation.BindingResult;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class OwnerController {
                        @PostMapping("/owners/new")
                        public ModelAndView processCreationForm(Owner owner, BindingResult result, Model model) {
                            if (result.hasErrors()) {
                                model.addAttribute("owner", owner);
                                return new ModelAndView("owners/createOrUpdateOwnerForm");
                            }
                            return new ModelAndView("redirect:/owners/" + owner.getId(), HttpStatus.SEE_OTHER);
                        }
                    }
                    """).fix();
        }

        @Test
        void splitsTernariesAndSwitchExpressionsAndKeepsNullAsTheDefaultView() {
            RuleTester.forRule(NonGet302Rule.ID).preferredStatus(307).input("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(int step, boolean ok) {
                            if (step < 0) {
                                return null;
                            }
                            if (step == 0) {
                                return ok ? "redirect:/done" : ("form");
                            }
                            Runnable later = () -> { return; };
                            return switch (step) {
                                case 1 -> "redirect:/one";
                                default -> {
                                    yield "step" + step;
                                }
                            };
                        }
                    }
                    """).output("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;
                    import org.springframework.web.servlet.ModelAndView;

                    @Controller
                    class C {
                        @PostMapping("/a") ModelAndView a(int step, boolean ok) {
                            if (step < 0) {
                                return new ModelAndView();
                            }
                            if (step == 0) {
                                return ok ? new ModelAndView("redirect:/done", HttpStatus.TEMPORARY_REDIRECT) : new ModelAndView(("form"));
                            }
                            Runnable later = () -> { return; };
                            return switch (step) {
                                case 1 -> new ModelAndView("redirect:/one", HttpStatus.TEMPORARY_REDIRECT);
                                default -> {
                                    yield new ModelAndView("step" + step);
                                }
                            };
                        }
                    }
                    """).fix();
        }

        @Test
        void aHelperThatRedirectsOnSomePathsOnlyGetsNoFix() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(boolean ok) {
                            if (!ok) {
                                return "form";
                            }
                            return next(ok); // finding: return new ModelAndView
                        }

                        private String next(boolean ok) {
                            return ok ? "redirect:/done" : "again";
                        }
                    }
                    """).expectNoFix();
        }

        @Test
        void anOverridingHandlerGetsNoFix() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    interface Form { String submit(boolean ok); }

                    @Controller
                    class C implements Form {
                        @Override
                        @PostMapping("/a") public String submit(boolean ok) {
                            return ok ? "redirect:/done" : "form"; // finding: return new ModelAndView
                        }
                    }
                    """).expectNoFix();
        }

        @Test
        void springOlderThan5314GetsNoFix() {
            RuleTester.forRule(NonGet302Rule.ID).libraryVersion("org.springframework:spring-webmvc", "5.3.13").source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(boolean ok) {
                            return ok ? "redirect:/done" : "form"; // finding: return new ModelAndView
                        }
                    }
                    """).expectNoFix();
        }

        /** The version the Spring home declares reaches its remedy: from 5.3.14 on, or unknown, the fix is offered. */
        @ParameterizedTest
        @ValueSource(strings = {"5.3.14", "5.3.14.RELEASE", "6.2.10", "${spring.version}"})
        void spring5314OrLaterOrAnUnknownVersionGetsTheFix(String version) {
            var fixes = RuleTester.forRule(NonGet302Rule.ID).libraryVersion("org.springframework:spring-webmvc", version)
                    .source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(boolean ok) {
                            return ok ? "redirect:/done" : "form"; // finding: return new ModelAndView
                        }
                    }
                    """).fixes();
            assertThat(fixes).isNotEmpty();
            assertThat(fixes.get(0).description()).startsWith("Return a ModelAndView").contains("Spring 5.3.14+");
        }

        @ParameterizedTest
        @ValueSource(strings = {"5.3.13", "5.2.25.RELEASE", "4.3.30.RELEASE", "5.3"})
        void springOlderThan5314GetsNoFixWhateverTheVersionLooksLike(String version) {
            RuleTester.forRule(NonGet302Rule.ID).libraryVersion("org.springframework:spring-webmvc", version).source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(boolean ok) {
                            return ok ? "redirect:/done" : "form"; // finding: return new ModelAndView
                        }
                    }
                    """).expectNoFix();
        }
    }
}
