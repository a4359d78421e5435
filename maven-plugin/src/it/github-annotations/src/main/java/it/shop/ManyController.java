package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
public class ManyController {

    @PostMapping("/step1")
    public String step1() {
        return "redirect:/step2";
    }

    @PostMapping("/step2")
    public String step2() {
        return "redirect:/step3";
    }

    @PostMapping("/step3")
    public String step3() {
        return "redirect:/step4";
    }

    @PostMapping("/step4")
    public String step4() {
        return "redirect:/step5";
    }

    @PostMapping("/step5")
    public String step5() {
        return "redirect:/step6";
    }

    @PostMapping("/step6")
    public String step6() {
        return "redirect:/step7";
    }

    @PostMapping("/step7")
    public String step7() {
        return "redirect:/step8";
    }

    @PostMapping("/step8")
    public String step8() {
        return "redirect:/step9";
    }

    @PostMapping("/step9")
    public String step9() {
        return "redirect:/step10";
    }

    @PostMapping("/step10")
    public String step10() {
        return "redirect:/step11";
    }

    @PostMapping("/step11")
    public String step11() {
        return "redirect:/step12";
    }

    @PostMapping("/step12")
    public String step12() {
        return "redirect:/step13";
    }

    @RequestMapping("/anything")
    public String anything() {
        return "redirect:/home";
    }
}
