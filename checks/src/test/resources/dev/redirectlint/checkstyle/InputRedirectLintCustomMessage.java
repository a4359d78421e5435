/*
RedirectLint
message.non-get-302 = {0} must not answer 302 to {1}; write ''{3}''

*/
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class OrderController {

    @PostMapping("/orders")
    String create() {
        return "redirect:/orders"; // violation 'OrderController#create must not answer 302 to POST; write 'annotate the handler with @ResponseStatus(HttpStatus.SEE_OTHER)'
    }

    @RequestMapping("/orders/clear")
    String clear() {
        return "redirect:/orders"; // violation 'OrderController#clear accepts every HTTP method and answers 302 Found'
    }
}
