package it.shop;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

@Controller
public class OrderController {

    @PostMapping("/orders")
    @ResponseStatus(HttpStatus.SEE_OTHER)
    public String create() {
        return "redirect:/orders";
    }

    @GetMapping("/orders/latest")
    public String latest() {
        return "redirect:/orders";
    }

    @SuppressWarnings("redirect-lint:non-get-302")
    @PostMapping("/orders/legacy")
    public String legacy() {
        return "redirect:/orders";
    }
}
