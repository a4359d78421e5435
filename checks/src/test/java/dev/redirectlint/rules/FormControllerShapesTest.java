package dev.redirectlint.rules;

import dev.redirectlint.testing.RuleTester;
import org.junit.jupiter.api.Test;

/**
 * Shapes of server-rendered form controllers met on a real shop application whose redirect sites were labelled
 * before the tool ran (all found): a package-private handler, a body-writing method beside view-returning ones,
 * private display helpers that only GET mappings call, a static view helper in another class reached through a
 * private method from two mappings without a method, and an interceptor extending Spring's adapter class.
 */
class FormControllerShapesTest {

    @Test
    void packagePrivateHandlersPrivateHelpersAndBodyStrings() {
        RuleTester.forAllRules().source("""
                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;

                @Controller
                @RequestMapping("/shop/cart/")
                class CartController {
                    @RequestMapping(value = {"/remove.html"}, method = { RequestMethod.GET, RequestMethod.POST })

                    String remove(final Long id) {
                        if (id == null) {
                            return "redirect:/shop"; // finding: CartController#remove accepts GET, POST but answers 302 Found
                        }
                        return "redirect:" + "/shop/cart/cart.html"; // finding: CartController#remove accepts GET, POST
                    }

                    @RequestMapping(value = {"/update.html"}, method = { RequestMethod.POST })
                    public @ResponseBody String update(@RequestBody String items) {
                        return "redirect:/shop";
                    }

                    @RequestMapping(value = "/edit.html", method = RequestMethod.GET)
                    public String edit(@RequestParam("id") long id) { return display(id); }

                    @RequestMapping(value = "/create.html", method = RequestMethod.GET)
                    public String create() { return display(null); }

                    private String display(Long id) {
                        if (id != null && id < 0) {
                            return "redirect:/shop/cart/list.html";
                        }
                        return "cart";
                    }
                }
                """).check();
    }

    @Test
    void staticViewHelperOfAnotherClassThroughAPrivateMethod() {
        RuleTester.forAllRules().sources("""
                package shop.utils;

                public class PageBuilder {
                    public static String notFound(String template) {
                        return new StringBuilder().append("pages.404").append(".").append(template).toString();
                    }

                    public static String home() {
                        return "redirect:" + "/shop";
                    }
                }
                """, """
                package shop.web;

                import org.springframework.stereotype.Controller;
                import org.springframework.web.bind.annotation.*;
                import shop.utils.PageBuilder;

                @Controller
                class CategoryController {
                    @RequestMapping("/shop/category/{url}.html/ref={ref}")
                    public String withReference(@PathVariable String url, @PathVariable String ref) {
                        return display(url, ref); // finding: CategoryController#withReference accepts every HTTP method and answers 302 Found
                    }

                    @RequestMapping("/shop/category/{url}.html")
                    public String noReference(@PathVariable String url) {
                        return display(url, null); // finding: CategoryController#noReference accepts every HTTP method and answers 302 Found
                    }

                    private String display(String url, String ref) {
                        if (url == null) {
                            return PageBuilder.notFound("generic");
                        }
                        if (ref == null) {
                            return PageBuilder.home();
                        }
                        return "category";
                    }

                    @RequestMapping("/shop/order/confirmation.html")
                    public String confirmation(@RequestParam(required = false) Long orderId) {
                        if (orderId == null) {
                            return new StringBuilder().append("redirect:").append("/shop").toString(); // finding: CategoryController#confirmation accepts every HTTP method
                        }
                        return "confirmation";
                    }
                }
                """).check();
    }

    @Test
    void interceptorExtendingSpringsAdapter() {
        RuleTester.forAllRules().source("""
                import jakarta.servlet.http.HttpServletRequest;
                import jakarta.servlet.http.HttpServletResponse;
                import org.springframework.web.servlet.handler.HandlerInterceptorAdapter;

                public class AdminInterceptor extends HandlerInterceptorAdapter {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                            throws Exception {
                        if (request.getSession().getAttribute("admin") == null) {
                            response.sendRedirect(request.getContextPath() + "/admin/unauthorized.html"); // finding: AdminInterceptor#preHandle accepts every HTTP method and answers 302 Found
                            return true;
                        }
                        return true;
                    }
                }
                """).check();
    }
}
