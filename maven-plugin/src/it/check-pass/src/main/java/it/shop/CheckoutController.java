package it.shop;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** POST-redirect-GET done right: 303 See Other. */
@Controller
public class CheckoutController {

    @PostMapping("/checkout")
    @ResponseStatus(HttpStatus.SEE_OTHER)
    public String checkout() {
        return "redirect:/orders";
    }
}
