/*
RedirectLint

*/
package shop;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
class OrderController {

    @PostMapping("/orders")
    String create() {
        return "redirect:/orders"; // violation 'OrderController#create accepts POST but answers 302 Found through a "redirect:" view name'
    }

    @GetMapping("/orders/latest")
    String latest() {
        return "redirect:/orders";
    }

    @RequestMapping("/orders/clear")
    String clear() {
        return "redirect:/orders"; // violation 'OrderController#clear accepts every HTTP method and answers 302 Found'
    }

    @PutMapping("/orders/rename")
    ResponseEntity<Void> rename() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create("/o")).build(); // violation 'accepts PUT but answers 301 Moved Permanently'
    }

    @PostMapping("/orders/delete")
    ResponseEntity<Void> delete() {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).build(); // violation 'but never sets a Location header'
    }

    @SuppressWarnings("redirect-lint:non-get-302")
    @PostMapping("/orders/legacy")
    String legacy() {
        return "redirect:/orders";
    }
}

@SuppressWarnings("redirect-lint")
@Controller
class LegacyController {

    @PostMapping("/legacy")
    String submit() {
        return "redirect:/done";
    }
}

class LoginServlet extends HttpServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect("/home"); // violation 'Fix: replace sendRedirect(url) with setStatus(HttpServletResponse.SC_SEE_OTHER) and setHeader("Location", url) (303 See Other'
    }
}

class PaymentResource {

    @POST
    public Response pay() {
        return Response.status(Response.Status.FOUND).location(URI.create("/paid")).build(); // violation 'Response.seeOther(uri)'
    }
}
