package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Orders. create has a third identical redirect (new: the baseline knows two), pay is a new handler
 * (new), and cancel no longer redirects (its baseline entry no longer matches).
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
        if (PAGE_SIZE > 10) {
            return "redirect:/orders";
        }
        return "redirect:/orders";
    }

    @PostMapping("/cancel")
    public String cancel() {
            return "cancelled";
    }

    @PostMapping("/pay")
    public String pay() {
        return "redirect:/paid";
    }
}
