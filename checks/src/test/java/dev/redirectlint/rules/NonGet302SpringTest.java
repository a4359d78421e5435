package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code non-get-302} on Spring MVC handlers. */
class NonGet302SpringTest {

    private final RuleTester tester = RuleTester.forRule(NonGet302Rule.ID);

    @Nested
    class ViewNames {

        @Test
        void flagsRedirectViewNameFromPostMapping() {
            tester.source("""
                    package shop;

                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.GetMapping;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class OrderController {
                        @PostMapping("/orders")
                        String create() {
                            return "redirect:/orders"; // finding: OrderController#create accepts POST but answers 302 Found through a "redirect:" view name
                        }

                        @GetMapping("/old")
                        String old() {
                            return "redirect:/new"; // ok: GET
                        }
                    }
                    """).check();
        }

        @Test
        void flagsPutPatchDeleteAndMixedMethods() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class ItemController {
                        @PutMapping("/a") String put() { return "redirect:/a"; } // finding: accepts PUT
                        @PatchMapping("/b") String patch() { return "redirect:/b"; } // finding: accepts PATCH
                        @DeleteMapping("/c") String delete() { return "redirect:/c"; } // finding: accepts DELETE
                        @RequestMapping(value = "/d", method = {RequestMethod.GET, RequestMethod.POST})
                        String both() { return "redirect:/d"; } // finding: accepts GET, POST
                        @RequestMapping(value = "/e", method = RequestMethod.GET)
                        String get() { return "redirect:/e"; }
                    }
                    """).check();
        }

        @Test
        void resolvesStaticallyImportedRequestMethods() {
            tester.source("""
                    import static org.springframework.web.bind.annotation.RequestMethod.POST;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.RequestMapping;

                    @Controller
                    class C {
                        @RequestMapping(path = "/x", method = POST)
                        String x() { return "redirect:/x"; } // finding: accepts POST
                    }
                    """).check();
        }

        @Test
        void combinesClassAndMethodLevelMethodsAsUnion() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    @RequestMapping(path = "/c", method = RequestMethod.POST)
                    class C {
                        @GetMapping("/g")
                        String get() { return "redirect:/x"; } // finding: accepts GET, POST
                    }
                    """).check();
        }

        @Test
        void followsConcatenationTernarySwitchLocalsAndConstants() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.servlet.view.UrlBasedViewResolver;

                    @Controller
                    class C {
                        private static final String HOME = "redirect:/home";
                        private static final String PREFIX = "redirect:";

                        @PostMapping("/a") String concat(long id) { return "redirect:/items/" + id; } // finding
                        @PostMapping("/b") String ternary(boolean ok) {
                            return ok ? "redirect:/done" : "form"; // finding
                        }
                        @PostMapping("/c") String local() {
                            String view = "form";
                            if (Math.random() > 0.5) {
                                view = "redirect:/x";
                            }
                            return view; // finding
                        }
                        @PostMapping("/d") String constant() { return HOME; } // finding
                        @PostMapping("/e") String prefix(String id) { return PREFIX + id; } // finding
                        @PostMapping("/f") String library(String id) {
                            return UrlBasedViewResolver.REDIRECT_URL_PREFIX + "/f"; // finding
                        }
                        @PostMapping("/g") String switchExpression(int kind) {
                            return switch (kind) {
                                case 1 -> "redirect:/one"; // finding
                                default -> "page";
                            };
                        }
                        @PostMapping("/h") String format(long id) { return String.format("redirect:/items/%d", id); } // finding
                        @PostMapping("/h2") String messageFormat(long id) { return java.text.MessageFormat.format("redirect:/items/{0}", id); } // finding
                        @PostMapping("/h3") String ownFormat(long id) { return StringUtils.format("redirect:/items/{}", id); } // finding
                        @PostMapping("/h4") String notAView(long id) { return StringUtils.format("items/{}", id); }
                        @PostMapping("/i") String forward() { return "forward:/other"; }
                        @PostMapping("/j") String textBlock() {
                            return \"""
                                redirect:/tb\"""; // finding above
                        }
                    }
                    """).check();
        }

        @Test
        void followsHelperMethodsTransitivelyAndSafelyThroughRecursion() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a")
                        String save() {
                            return toList(); // finding: accepts POST
                        }

                        private String toList() { return redirectTo("/list"); }

                        private static String redirectTo(String path) { return "redirect:" + path; }

                        private String loop(int n) { return n > 0 ? loop(n - 1) : "page"; }

                        @PostMapping("/b")
                        String recursive() { return loop(3); }
                    }
                    """).check();
        }

        @Test
        void reportsHelperSiteAsRelatedLocation() {
            var findings = tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a")
                        String save() {
                            return done(); // finding
                        }

                        private String done() {
                            return "redirect:/done";
                        }
                    }
                    """).check();
            org.assertj.core.api.Assertions.assertThat(findings.get(0).related())
                    .singleElement()
                    .satisfies(related -> org.assertj.core.api.Assertions.assertThat(related.region().startLine()).isEqualTo(12));
        }

        @Test
        void followsBuildersFieldsAndOptionalChains() {
            tester.source("""
                    import java.util.Optional;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        private String successView = "redirect:/done";
                        private String formView = "form";
                        @org.springframework.beans.factory.annotation.Value("${view}")
                        private String injected = "redirect:/never";

                        public void setFormView(String view) { this.formView = view; }

                        @PostMapping("/a") String builder(long id) {
                            return new StringBuilder("redirect:").append("/items/").append(id).toString(); // finding
                        }
                        @PostMapping("/b") String builderVariable(long id) {
                            StringBuffer url = new StringBuffer("redirect:/x");
                            url.append('?').append(id);
                            return url.toString(); // finding
                        }
                        @PostMapping("/c") String field() { return successView; } // finding
                        @PostMapping("/d") String setterField() { return formView; }
                        @PostMapping("/e") String injectedField() { return injected; }
                        @PostMapping("/f") String optional(Optional<Long> id) {
                            return id.map(i -> "redirect:/o/" + i).orElse("form"); // finding
                        }
                        @PostMapping("/g") String orElse(Optional<String> next) {
                            return next.orElse("redirect:/home"); // finding
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class WhatIsNotARedirect {

        @Test
        void ignoresRestControllerAndResponseBodyStrings() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class Api {
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }

                    @Controller
                    class Page {
                        @ResponseBody
                        @PostMapping("/b") String b() { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void ignoresClassesThatAreNotControllers() {
            tester.source("""
                    import org.springframework.web.bind.annotation.PostMapping;

                    class NotAController {
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void ignoresLookalikeAnnotationsFromOtherPackages() {
            tester.source("""
                    import com.acme.web.Controller;
                    import com.acme.web.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a() { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void ignoresWebFluxControllers() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.server.ServerWebExchange;
                    import reactor.core.publisher.Mono;

                    @Controller
                    class C {
                        @PostMapping("/a") Mono<String> a() { return Mono.just("redirect:/x"); }
                        @PostMapping("/b") String b(ServerWebExchange exchange) { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void recognisesWebFluxThroughAWildcardImport() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.server.*;

                    @Controller
                    class C {
                        @PostMapping("/b") String b(ServerWebExchange exchange) { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void ignoresStringsThatAreNotReturned() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.ui.Model;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @PostMapping("/a") String a(Model model) {
                            model.addAttribute("next", "redirect:/x");
                            if ("redirect:/x".equals(model.toString())) { }
                            return "page";
                        }
                    }
                    """).check();
        }
    }

    @Nested
    class ResponseStatus {

        @Test
        void seeOtherOrTemporaryRedirectOnMethodOrClassSilences() {
            tester.source("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @ResponseStatus(HttpStatus.SEE_OTHER)
                        @PostMapping("/a") String a() { return "redirect:/x"; }

                        @ResponseStatus(code = HttpStatus.TEMPORARY_REDIRECT)
                        @PostMapping("/b") String b() { return "redirect:/x"; }

                        @ResponseStatus(HttpStatus.CREATED)
                        @PostMapping("/c") String c() { return "redirect:/x"; }

                        @ResponseStatus(value = HttpStatus.FOUND, reason = "gone")
                        @PostMapping("/d") String d() { return "redirect:/x"; }
                    }

                    @Controller
                    @ResponseStatus(HttpStatus.SEE_OTHER)
                    class D {
                        @PostMapping("/e") String e() { return "redirect:/x"; }
                    }
                    """).check();
        }

        @Test
        void foundOnTheHandlerIsStill302() {
            tester.source("""
                    import static org.springframework.http.HttpStatus.FOUND;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;

                    @Controller
                    class C {
                        @ResponseStatus(FOUND)
                        @PostMapping("/a") String a() { return "redirect:/x"; } // finding: with @ResponseStatus(FOUND)

                        @ResponseStatus(FOUND) // finding: @ResponseStatus(FOUND)
                        @PostMapping("/b") void b() { }
                    }
                    """).check();
        }
    }

    @Nested
    class ViewObjects {

        @Test
        void flagsModelAndViewAndRedirectViewUnlessTheirStatusIsSet() {
            tester.source("""
                    import org.springframework.http.HttpStatus;
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.*;
                    import org.springframework.web.servlet.ModelAndView;
                    import org.springframework.web.servlet.View;
                    import org.springframework.web.servlet.view.RedirectView;

                    @RestController
                    class C {
                        @PostMapping("/a") ModelAndView a() { return new ModelAndView("redirect:/x"); } // finding: ModelAndView
                        @PostMapping("/b") ModelAndView b() { return new ModelAndView("redirect:/x", HttpStatus.SEE_OTHER); }
                        @PostMapping("/c") ModelAndView c() {
                            ModelAndView mav = new ModelAndView();
                            mav.setViewName("redirect:/x"); // finding
                            return mav;
                        }
                        @PostMapping("/d") ModelAndView d() {
                            ModelAndView mav = new ModelAndView("redirect:/x");
                            mav.setStatus(HttpStatus.TEMPORARY_REDIRECT);
                            return mav;
                        }
                        @PostMapping("/e") View e() { return new RedirectView("/x"); } // finding: RedirectView
                        @PostMapping("/f") View f() { return new RedirectView("/x", true, false); }
                        @PostMapping("/g") View g() {
                            RedirectView view = new RedirectView("/x");
                            view.setStatusCode(HttpStatus.SEE_OTHER);
                            return view;
                        }
                        @PostMapping("/h") RedirectView h() {
                            RedirectView view = new RedirectView("/x"); // finding
                            view.setExposeModelAttributes(false);
                            return view;
                        }
                        @PostMapping("/i") View i() {
                            RedirectView view = new RedirectView("/x");
                            view.setHttp10Compatible(false);
                            return view;
                        }
                        @PostMapping("/j") ModelAndView j() { return new ModelAndView(new RedirectView("/x")); } // finding
                    }
                    """).check();
        }

        @Test
        void ignoresTheReactiveRedirectView() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;
                    import org.springframework.web.reactive.result.view.RedirectView;

                    @Controller
                    class C {
                        @PostMapping("/a") RedirectView a() { return new RedirectView("/x"); }
                    }
                    """).check();
        }
    }

    @Nested
    class ResponseEntities {

        @Test
        void flagsFoundInEveryForm() {
            tester.source("""
                    import static org.springframework.http.HttpStatus.FOUND;
                    import java.net.URI;
                    import org.springframework.http.HttpHeaders;
                    import org.springframework.http.HttpStatus;
                    import org.springframework.http.HttpStatusCode;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        private static final HttpStatus REDIRECT = HttpStatus.FOUND;

                        @PostMapping("/a") ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/x")).build(); } // finding
                        @PostMapping("/b") ResponseEntity<Void> b() { return ResponseEntity.status(302).location(URI.create("/x")).build(); } // finding
                        @PostMapping("/c") ResponseEntity<Void> c() { return ResponseEntity.status(HttpStatusCode.valueOf(302)).location(URI.create("/x")).build(); } // finding
                        @PostMapping("/d") ResponseEntity<Void> d() { return ResponseEntity.status(FOUND).location(URI.create("/x")).build(); } // finding
                        @PostMapping("/e") ResponseEntity<Void> e() { return ResponseEntity.status(REDIRECT).location(URI.create("/x")).build(); } // finding
                        @PostMapping("/f") ResponseEntity<Void> f() {
                            HttpStatus status = HttpStatus.MOVED_TEMPORARILY;
                            return ResponseEntity.status(status).location(URI.create("/x")).build(); // finding
                        }
                        @PostMapping("/g") ResponseEntity<Void> g(HttpHeaders headers) { return new ResponseEntity<>(headers, HttpStatus.FOUND); } // finding
                        @PostMapping("/h") ResponseEntity<Void> h() { return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/x")).build(); }
                        @GetMapping("/i") ResponseEntity<Void> i() { return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/x")).build(); }
                        @PostMapping("/j") boolean j(ResponseEntity<?> other) { return other.getStatusCode() == HttpStatus.FOUND; }
                    }
                    """).check();
        }

        @Test
        void ignoresAnHttpStatusFromAnotherPackage() {
            tester.source("""
                    import com.acme.http.HttpStatus;
                    import org.springframework.http.ResponseEntity;
                    import org.springframework.web.bind.annotation.*;

                    @RestController
                    class C {
                        @PostMapping("/a") ResponseEntity<Void> a() { return ResponseEntity.status(HttpStatus.FOUND).build(); }
                    }
                    """).check();
        }
    }

    @Nested
    class Suppression {

        @Test
        void honoursSuppressWarningsOnMethodAndClass() {
            tester.source("""
                    import org.springframework.stereotype.Controller;
                    import org.springframework.web.bind.annotation.PostMapping;

                    @Controller
                    class C {
                        @SuppressWarnings("redirect-lint")
                        @PostMapping("/a") String a() { return "redirect:/x"; }

                        @SuppressWarnings({"unchecked", "redirect-lint:non-get-302"})
                        @PostMapping("/b") String b() { return "redirect:/x"; }

                        @SuppressWarnings("redirect-lint:any-method-302")
                        @PostMapping("/c") String c() { return "redirect:/x"; } // finding
                    }

                    @Controller
                    @SuppressWarnings("redirect-lint:non-get-302")
                    class D {
                        @PostMapping("/d") String d() { return "redirect:/x"; }
                    }
                    """).check();
        }
    }
}
