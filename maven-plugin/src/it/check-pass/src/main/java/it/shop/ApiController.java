package it.shop;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** In a RestController, "redirect:x" is a response body, not a view name. */
@RestController
public class ApiController {

    @PostMapping("/api/echo")
    public String echo() {
        return "redirect:x";
    }
}
