package dev.redirectlint.examples.shop.web;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Product administration. */
@Controller
public class ProductController {

    /** FINDING non-get-301: a PUT answered with 301 Moved Permanently, which clients may follow with a GET. */
    @PutMapping("/products/{id}/slug")
    public ResponseEntity<Void> rename(@PathVariable long id, @RequestParam String slug) {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create("/products/" + slug))
                .build();
    }

    /** FINDING redirect-without-location: a 303 with no Location header leaves the client nowhere to go. */
    @DeleteMapping("/products/{id}")
    public ResponseEntity<Void> delete(@PathVariable long id) {
        return ResponseEntity.status(HttpStatus.SEE_OTHER).build();
    }
}
