/*
RedirectLint
rules = non-get-302, any-method-302, non-get-301
disabledRules = any-method-302

*/
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class OrderController {

    @PostMapping("/orders")
    String create() {
        return "redirect:/orders"; // violation 'accepts POST but answers 302 Found'
    }

    @RequestMapping("/orders/clear")
    String clear() {
        return "redirect:/orders";
    }

    @PutMapping("/orders/rename")
    ResponseEntity<Void> rename() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/o")).build(); // violation '301 Moved Permanently'
    }

    @PostMapping("/orders/delete")
    ResponseEntity<Void> delete() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).build();
    }
}
