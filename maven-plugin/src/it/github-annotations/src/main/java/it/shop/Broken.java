package it.shop;

public class Broken {
    void m() {
        int x = ;
    }
}
