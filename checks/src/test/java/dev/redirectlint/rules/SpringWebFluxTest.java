package dev.redirectlint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redirectlint.api.Finding;
import dev.redirectlint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Which Spring controllers are WebFlux ones (their redirect views send 303), decided from WebFlux-only types,
 * and what WebFlux sends when a handler's status and a redirect view disagree.
 */
class SpringWebFluxTest {

    private final RuleTester tester = RuleTester.forAllRules();

    /** The shape of spring-framework's MockMvcTesterIntegrationTests: an MVC test controller that also throws ResponseStatusException. */
    @Test
    void anMvcControllerThatThrowsResponseStatusExceptionIsStillMvc() {
        tester.source("""
                import org.springframework.http.HttpStatus;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.GetMapping;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.server.ResponseStatusException;

                class MockMvcTesterIntegrationTests {
                    @Controller
                    static class TestController {
                        @PostMapping("/persons")
                        String save() {
                            return "redirect:/persons/Joe"; // finding: TestController#save accepts POST but answers 302 Found
                        }

                        @GetMapping("/error/1")
                        String error() {
                            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "expected");
                        }
                    }
                }
                """).check();
    }

    @Test
    void aWildcardImportOfTheSharedPackageSaysNothing() {
        tester.source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.server.*;

                @Controller
                class OrderController {
                    @PostMapping("/orders")
                    String create() {
                        if (System.nanoTime() < 0) {
                            throw new ResponseStatusException(org.springframework.http.HttpStatus.CONFLICT);
                        }
                        return "redirect:/orders"; // finding: OrderController#create accepts POST
                    }
                }
                """).check();
    }

    @Test
    void aWebFluxOnlyTypeMakesTheControllerReactive() {
        tester.source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.server.ServerWebExchange;

                @Controller
                class OrderController {
                    @PostMapping("/orders")
                    String create(ServerWebExchange exchange) {
                        return "redirect:/orders";
                    }
                }
                """).check();
    }

    /**
     * WebFlux's RedirectView writes its own status (303 unless given another) when it renders, after the handler
     * set its @ResponseStatus, and it writes the Location header: neither 302 nor a missing Location.
     */
    @Test
    void responseStatusFoundOnAReactiveHandlerThatReturnsARedirectViewIs303WithALocation() {
        tester.source("""
                import org.springframework.http.HttpStatus;
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;
                import org.springframework.web.bind.annotation.ResponseStatus;
                import reactor.core.publisher.Mono;

                @Controller
                class OrderController {
                    @ResponseStatus(HttpStatus.FOUND)
                    @PostMapping("/a")
                    Mono<String> a() {
                        return Mono.just("redirect:/a");
                    }

                    // a body with status 302 and no Location: non-get-302 and redirect-without-location
                    @ResponseStatus(HttpStatus.FOUND) // 2 findings
                    @PostMapping("/b")
                    Mono<String> b() {
                        return Mono.just("done");
                    }
                }
                """).check();
    }

    @Test
    void aStringBuilderViewNameIsAdvisedWithToString() {
        List<Finding> findings = RuleTester.forRule("non-get-302").source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.PostMapping;

                @Controller
                class OrderController {
                    @PostMapping("/orders")
                    CharSequence create(boolean ok) {
                        if (!ok) {
                            return "orders/form";
                        }
                        return new StringBuilder("redirect:/orders"); // finding
                    }
                }
                """).check();
        assertThat(findings.get(0).message())
                .contains("return new ModelAndView(new StringBuilder(\"redirect:/orders\").toString(), HttpStatus.SEE_OTHER)");
    }
}
