package it.owners;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Renders the form again when the input is wrong, redirects when it is saved. */
@Controller
public class OwnerController {

    @PostMapping("/owners/new")
    public String processCreationForm(@RequestParam String name, Model model, RedirectAttributes flash) {
        if (name.isBlank()) {
            model.addAttribute("error", "name is required");
            return "owners/form";
        }
        flash.addFlashAttribute("message", "New owner created");
        flash.addAttribute("source", "form");
        return "redirect:/owners/" + name.length();
    }

    @PutMapping("/owners/{id}")
    public String processUpdateForm(@PathVariable int id, @RequestParam String name) {
        return name.isBlank() ? "owners/form" : "redirect:/owners/{id}";
    }
}
