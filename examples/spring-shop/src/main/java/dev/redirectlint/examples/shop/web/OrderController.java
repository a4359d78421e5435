package dev.redirectlint.examples.shop.web;

import dev.redirectlint.examples.shop.model.OrderBook;
import dev.redirectlint.examples.shop.model.OrderForm;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The order pages: a list, a form that posts new orders, and a cancel button. */
@Controller
@RequestMapping("/orders")
public class OrderController {

    private final OrderBook orders;

    public OrderController(OrderBook orders) {
        this.orders = orders;
    }

    @GetMapping
    public String list(Model model) {
        model.addAttribute("orders", orders.all());
        return "orders/list";
    }

    /** FINDING non-get-302: Spring MVC answers "redirect:" with 302 Found, after a POST. */
    @PostMapping
    public String create(@ModelAttribute OrderForm form, RedirectAttributes flash) {
        long id = orders.place(form);
        flash.addFlashAttribute("placed", id);
        return "redirect:/orders";
    }

    /** Fine: @ResponseStatus(SEE_OTHER) makes the redirect a 303, which clients follow with a GET. */
    @PostMapping("/{id}/cancel")
    @ResponseStatus(HttpStatus.SEE_OTHER)
    public String cancel(@PathVariable long id) {
        orders.cancel(id);
        return "redirect:/orders";
    }

    /** Fine: a GET handler may redirect with 302. */
    @GetMapping("/latest")
    public String latest() {
        return "redirect:/orders";
    }

    /** Fine: "forward:" is handled inside the server; the client sees no redirect. */
    @PostMapping("/preview")
    public String preview(@ModelAttribute OrderForm form) {
        return "forward:/orders";
    }
}
