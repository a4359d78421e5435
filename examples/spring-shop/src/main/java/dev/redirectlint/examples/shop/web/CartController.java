package dev.redirectlint.examples.shop.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/** An older controller whose mapping names no HTTP method. */
@Controller
public class CartController {

    /**
     * FINDING any-method-302: with no method, the mapping accepts POST, PUT and DELETE too, and answers
     * each with 302 Found.
     */
    @RequestMapping("/cart/clear")
    public String clear() {
        return "redirect:/cart";
    }
}
