package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Orders. Lines were added above every finding and the handlers were re-indented and re-wrapped:
 * the baseline matches by fingerprint, not by line, so nothing here is new.
 */
@Controller
public class OrderController {

    private static final int PAGE_SIZE = 20;

    @GetMapping("/orders")
    public String list() {
        return "orders";
    }

    @PostMapping("/orders")
    public String create(boolean ok) {
        if (ok) { return   "redirect:/orders"; }
        return "redirect:/orders";
    }

    @PostMapping("/cancel")
    public String cancel() {
            return "redirect:/cancelled";
    }
}
