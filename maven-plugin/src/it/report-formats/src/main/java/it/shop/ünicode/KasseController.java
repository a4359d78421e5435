package it.shop.ünicode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class KasseController {

    @PutMapping("/kasse")
    public ResponseEntity<Void> bezahlen() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).build();
    }
}
