package it.web;

import it.common.web.BaseController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
public class ProfileController extends BaseController {

    @PostMapping("/profile")
    public String save() {
        return redirectTo("/profile");
    }
}
