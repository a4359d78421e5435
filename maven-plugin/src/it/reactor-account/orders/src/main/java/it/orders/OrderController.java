package it.orders;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class OrderController {

    @PostMapping("/orders/1")
    public String step1() {
        return "redirect:/orders";
    }

    @PostMapping("/orders/2")
    public String step2() {
        return "redirect:/orders";
    }

    @PostMapping("/orders/3")
    public String step3() {
        return "redirect:/orders";
    }

    @PostMapping("/orders/4")
    public String step4() {
        return "redirect:/orders";
    }

    @PostMapping("/orders/5")
    public String step5() {
        return "redirect:/orders";
    }

    @PostMapping("/orders/6")
    public String step6() {
        return "redirect:/orders";
    }
}
