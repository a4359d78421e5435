package dev.redirectlint.examples.shop.web;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A JSON/text API. */
@RestController
public class StatusController {

    /** Fine: in a @RestController the returned string is the response body, not a view name. */
    @PostMapping("/api/echo")
    public String echo() {
        return "redirect:/status";
    }
}
