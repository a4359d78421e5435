/*
Checker
localeLanguage = de

RedirectLint

*/
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class OrderController {

    @PostMapping("/orders")
    String create() {
        return "redirect:/orders"; // violation 'OrderController#create nimmt POST an, antwortet aber mit 302 Found'
    }

    @RequestMapping("/orders/clear")
    String clear() {
        return "redirect:/orders"; // violation 'OrderController#clear accepts every HTTP method'
    }
}
