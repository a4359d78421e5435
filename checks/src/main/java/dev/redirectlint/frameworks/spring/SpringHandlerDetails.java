package dev.redirectlint.frameworks.spring;

import dev.redirectlint.model.Handler;
import dev.redirectlint.model.HandlerDetails;

/**
 * What the Spring home records about a Spring MVC or WebFlux handler method.
 *
 * @param writesReturnAsBody a {@code @ResponseBody}/{@code @RestController} handler: its returned strings are
 *     response bodies, not view names
 * @param reactive a WebFlux handler: its {@code "redirect:"} views send 303
 */
record SpringHandlerDetails(boolean writesReturnAsBody, boolean reactive) implements HandlerDetails {

    private static final SpringHandlerDetails NONE = new SpringHandlerDetails(false, false);

    /** The handler's, or neither flag for one of another framework. */
    static SpringHandlerDetails of(Handler handler) {
        return handler.details(SpringHandlerDetails.class).orElse(NONE);
    }
}
