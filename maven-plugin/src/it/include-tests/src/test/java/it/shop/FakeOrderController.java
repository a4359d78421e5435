package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class FakeOrderController {

    @PostMapping("/fake-orders")
    public String create() {
        return "redirect:/x";
    }
}
