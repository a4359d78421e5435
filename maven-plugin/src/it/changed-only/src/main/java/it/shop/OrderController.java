package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class OrderController {

    @PostMapping("/orders")
    public String create() {
        return "redirect:/orders";
    }

    @PostMapping("/cancel")
    public String cancel() {
        return "redirect:/cancelled";
    }
}
