package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** GET handlers may answer 302: nothing is lost when the client follows with a GET. */
@Controller
public class HomeController {

    @GetMapping("/")
    public String home() {
        return "redirect:/shop";
    }
}
