/*
RedirectLint

*/
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

@Controller
class TabbedController {
	@PostMapping("/a")
	String a() {
		return "redirect:/a"; // violation
	}

	@PostMapping("/b")
	String b() {
	  	return "redirect:/b"; // violation
	}

	@PostMapping("/c")
	String c() {	return "redirect:/c"; } // violation
}
