package it.orders;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
public class OrderController {

    @PostMapping("/orders")
    public String create(RedirectAttributes flash) {
        flash.addFlashAttribute("created", true);
        return "redirect:/orders";
    }

    @DeleteMapping("/orders/{id}")
    public ModelAndView delete(@PathVariable int id) {
        return new ModelAndView("redirect:/orders");
    }
}
