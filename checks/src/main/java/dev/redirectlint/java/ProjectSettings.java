package dev.redirectlint.java;

import java.util.Optional;

/**
 * Settings of the analysed application that change the status of its redirects.
 *
 * @param http11ViewRedirects where the application sets {@code redirectHttp10Compatible=false} on its Spring MVC
 *     view resolvers (a file and line, for the debug log), if it does: then every {@code redirect:} view
 *     answers 303 See Other, not 302
 */
public record ProjectSettings(Optional<String> http11ViewRedirects) {

    public static final ProjectSettings NONE = new ProjectSettings(Optional.empty());

    /** True if {@code redirect:} view names answer 303 throughout the application. */
    public boolean viewRedirectsSeeOther() {
        return http11ViewRedirects.isPresent();
    }
}
