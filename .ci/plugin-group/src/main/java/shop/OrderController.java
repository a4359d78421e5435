package shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class OrderController {
    @PostMapping("/orders")
    String create() {
        return "redirect:/orders";
    }
}
