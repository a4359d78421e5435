package dev.redirectlint.java;

import java.util.Map;
import java.util.Optional;

/** Library string constants that matter for view names. */
public final class StringConstants {

    private static final Map<String, String> VALUES = Map.of(
            "org.springframework.web.servlet.view.UrlBasedViewResolver.REDIRECT_URL_PREFIX", "redirect:",
            "org.springframework.web.servlet.view.UrlBasedViewResolver.FORWARD_URL_PREFIX", "forward:",
            "org.springframework.web.reactive.result.view.UrlBasedViewResolver.REDIRECT_URL_PREFIX", "redirect:");

    private StringConstants() {}

    public static Optional<String> valueOf(String qualifiedMember) {
        return Optional.ofNullable(VALUES.get(qualifiedMember));
    }
}
