package it.shop;

@org.springframework.stereotype.Controller public class Broken {
    @org.springframework.web.bind.annotation.PostMapping("/broken") String m() {
        int x = ; return "redirect:/x";
    }
}
