package it.shop;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** One handler per Spring MVC mechanism. */
@Controller
public class OrderController {

    @PostMapping("/orders")
    public String create() {
        // Post/Redirect/Get
        return "redirect:/orders";
    }

    @PostMapping("/orders/model")
    public ModelAndView model() {
        return new ModelAndView("redirect:/orders");
    }

    @PostMapping("/orders/view")
    public RedirectView view() {
        RedirectView view = new RedirectView("/orders");
        return view;
    }

    @PostMapping("/orders/direct")
    public RedirectView direct() {
        return new RedirectView("/orders");
    }

    @PostMapping("/orders/entity")
    public ResponseEntity<Void> entity() {
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create("/orders")).build();
    }

    @PutMapping("/orders/moved")
    public ResponseEntity<Void> moved() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/orders")).build();
    }

    @ResponseStatus(HttpStatus.FOUND)
    @PostMapping("/orders/annotated")
    public String annotated() {
        return "redirect:/orders";
    }
}
