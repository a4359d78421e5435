/*
RedirectLint
preferredStatus = 307

*/
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

@Controller
class ApiController {

    @PostMapping("/api/moved")
    ModelAndView moved() {
        return new ModelAndView("redirect:/api/v2"); // violation 'Fix: pass HttpStatus.TEMPORARY_REDIRECT to the ModelAndView constructor (Spring 5.3.14+) (307 Temporary Redirect: the client repeats the request with its method and body); or pass HttpStatus.SEE_OTHER'
    }
}
