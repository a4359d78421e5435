package it.payments;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class PaymentController {

    @PostMapping("/payments/1")
    public String step1() {
        return "redirect:/payments";
    }

    @PostMapping("/payments/2")
    public String step2() {
        return "redirect:/payments";
    }

    @PostMapping("/payments/3")
    public String step3() {
        return "redirect:/payments";
    }

    @PostMapping("/payments/4")
    public String step4() {
        return "redirect:/payments";
    }

    @PostMapping("/payments/5")
    public String step5() {
        return "redirect:/payments";
    }

    @PostMapping("/payments/6")
    public String step6() {
        return "redirect:/payments";
    }
}
