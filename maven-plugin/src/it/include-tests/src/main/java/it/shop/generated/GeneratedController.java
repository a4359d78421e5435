package it.shop.generated;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class GeneratedController {

    @PostMapping("/generated")
    public String create() {
        return "redirect:/x";
    }
}
