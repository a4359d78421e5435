package it.common.web;

public abstract class BaseController {

    protected String redirectTo(String path) {
        return "redirect:" + path;
    }
}
