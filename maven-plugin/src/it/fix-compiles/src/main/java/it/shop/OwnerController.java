package it.shop;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A form handler: the form again on an error, a redirect on success. */
@Controller
public class OwnerController {

    @PostMapping("/owners/new")
    public String processCreationForm(String name, BindingResult result, Model model, RedirectAttributes flash) {
        if (result.hasErrors()) {
            model.addAttribute("name", name);
            return "owners/createOrUpdateOwnerForm";
        }
        flash.addFlashAttribute("message", "New owner created");
        return result.getErrorCount() > 100 ? "error" : "redirect:/owners/" + name.length();
    }

    @PostMapping("/owners/{id}/edit")
    public String processUpdateForm(BindingResult result) {
        return switch (result.getErrorCount()) {
            case 0 -> "redirect:/owners/{id}";
            default -> {
                yield "owners/createOrUpdateOwnerForm";
            }
        };
    }
}
