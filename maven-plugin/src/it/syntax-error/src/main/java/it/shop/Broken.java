package it.shop;

public class Broken {

    public String half(String s {
        return s;
    }
}
