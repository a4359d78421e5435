/*
RedirectLint

SuppressionFilter
file = ${inputDir}/suppressions-redirectlint.xml

SuppressWithPlainTextCommentFilter

SuppressionSingleFilter
checks = RedirectLint
message = accepts PUT

TreeWalker

TreeWalker/SuppressWarningsHolder

SuppressWarningsFilter

*/
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class FilteredController {

    @PostMapping("/kept")
    String kept() {
        return "redirect:/kept"; // violation 'FilteredController#kept accepts POST'
    }

    // suppressions-redirectlint.xml drops the any-method-302 findings of this file by message
    @RequestMapping("/every")
    String every() {
        return "redirect:/every";
    }

    @PostMapping("/plain-text")
    String plainText() {
        // CHECKSTYLE:OFF
        return "redirect:/plain-text";
        // CHECKSTYLE:ON
    }

    // SuppressionSingleFilter drops the findings whose message says "accepts PUT"
    @PutMapping("/single")
    ResponseEntity<Void> single() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/s")).build();
    }

    @SuppressWarnings("checkstyle:redirectlint")
    @PostMapping("/holder")
    String holder() {
        return "redirect:/holder";
    }

    @PostMapping("/after")
    String after() {
        return "redirect:/after"; // violation 'FilteredController#after accepts POST'
    }
}
