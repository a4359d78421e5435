package it.shop;

@org.springframework.stereotype.Controller
public class Broken {
    @org.springframework.web.bind.annotation.PostMapping("/b")
    public String b() { return "redirect:/b" }
}
