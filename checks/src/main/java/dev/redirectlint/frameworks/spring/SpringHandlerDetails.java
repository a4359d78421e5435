package dev.redirectlint.frameworks.spring;

import dev.redirectlint.model.Handler;
import dev.redirectlint.model.HandlerDetails;

/**
 * What the Spring home records about a Spring MVC or WebFlux handler method.
 *
 * @param writesReturnAsBody a {@code @ResponseBody}/{@code @RestController} handler: its returned strings are
 *     response bodies, not view names
 * @param reactive a WebFlux handler: its {@code "redirect:"} views send 303
 * @param readsResponseStatus Spring invokes it as a handler method, so {@code @ResponseStatus} on it or its class
 *     sets the status (false for a {@code HandlerExceptionResolver}, which Spring calls as plain Java)
 */
record SpringHandlerDetails(boolean writesReturnAsBody, boolean reactive, boolean readsResponseStatus)
        implements HandlerDetails {

    private static final SpringHandlerDetails NONE = new SpringHandlerDetails(false, false);

    /** A handler method's, whose {@code @ResponseStatus} Spring reads. */
    SpringHandlerDetails(boolean writesReturnAsBody, boolean reactive) {
        this(writesReturnAsBody, reactive, true);
    }

    /** The handler's, or neither flag for one of another framework. */
    static SpringHandlerDetails of(Handler handler) {
        return handler.details(SpringHandlerDetails.class).orElse(NONE);
    }
}
