package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Spring MVC's {@code @ExceptionHandler} methods answer the request whose handler threw: in a controller, with
 * the methods its handlers accept; in a {@code @ControllerAdvice}, with any.
 */
class SpringExceptionHandlersTest {

    private final RuleTester tester = RuleTester.forAllRules();

    @Test
    void inAControllerTheyAcceptWhatItsHandlersAccept() {
        tester.source("""
                package shop;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;

                @Controller
                class OrderController {
                    @GetMapping("/orders") String list() { return "orders/list"; }
                    @PostMapping("/orders") String create() { return "orders/list"; }

                    @ExceptionHandler(IllegalStateException.class)
                    String outOfStock() {
                        return "redirect:/orders?outOfStock"; // finding: OrderController#outOfStock accepts GET, POST but answers 302 Found through a "redirect:" view name
                    }
                }

                @Controller
                class CatalogController {
                    @GetMapping("/catalog") String list() { return "catalog"; }

                    @ExceptionHandler(IllegalStateException.class)
                    String gone() { return "redirect:/"; }
                }
                """).check();
    }

    @Test
    void inAControllerAdviceTheyAcceptEveryMethod() {
        tester.source("""
                package shop;

                import org.springframework.http.HttpStatus;
                import org.springframework.web.bind.annotation.*;

                @ControllerAdvice
                class Errors {
                    @ExceptionHandler(SecurityException.class)
                    String toLogin() {
                        return "redirect:/login"; // finding: Errors#toLogin accepts every HTTP method
                    }

                    @ExceptionHandler(IllegalArgumentException.class)
                    @ResponseStatus(HttpStatus.SEE_OTHER)
                    String seeOther() { return "redirect:/"; }

                    @ExceptionHandler(UnsupportedOperationException.class)
                    @ResponseBody
                    String asBody() { return "redirect:/"; }

                    String notAHandler() { return "redirect:/"; }
                }

                @RestControllerAdvice
                class ApiErrors {
                    @ExceptionHandler(IllegalStateException.class)
                    String message() { return "redirect: is only text here"; }
                }
                """).check();
    }

    @Test
    void anAnnotationOfTheSameNameFromElsewhereDoesNotCount() {
        tester.source("""
                package shop;

                import org.springframework.web.bind.annotation.ControllerAdvice;
                import shop.errors.ExceptionHandler;

                @ControllerAdvice
                class Errors {
                    @ExceptionHandler
                    String toLogin() { return "redirect:/login"; }
                }
                """).check();
    }
}
