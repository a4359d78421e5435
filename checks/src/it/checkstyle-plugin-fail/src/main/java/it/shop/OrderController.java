package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
public class OrderController {

    @PostMapping("/orders")
    public String create() {
        return "redirect:/orders";
    }

    @RequestMapping("/orders/clear")
    public String clear() {
        return "redirect:/orders";
    }
}
