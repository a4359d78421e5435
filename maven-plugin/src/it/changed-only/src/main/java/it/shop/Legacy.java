package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class Legacy {

    @PostMapping("/legacy")
    public String save() {
        return "redirect:/legacy";
    }
}
