package it.common.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class HealthController extends BaseController {

    @PostMapping("/health/reset")
    public String reset() {
        return redirectTo("/health");
    }
}
