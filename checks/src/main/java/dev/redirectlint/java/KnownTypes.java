package dev.redirectlint.java;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The fully qualified names redirect-lint understands. Both the {@code javax} and the {@code jakarta}
 * namespaces are listed wherever an API moved.
 */
public final class KnownTypes {

    public static final Set<String> SPRING_CONTROLLER = Set.of("org.springframework.stereotype.Controller");
    public static final Set<String> SPRING_REST_CONTROLLER =
            Set.of("org.springframework.web.bind.annotation.RestController");
    public static final Set<String> SPRING_RESPONSE_BODY =
            Set.of("org.springframework.web.bind.annotation.ResponseBody");
    public static final Set<String> SPRING_EXCEPTION_HANDLER =
            Set.of("org.springframework.web.bind.annotation.ExceptionHandler");
    public static final Set<String> SPRING_CONTROLLER_ADVICE =
            Set.of("org.springframework.web.bind.annotation.ControllerAdvice");
    public static final Set<String> SPRING_REST_CONTROLLER_ADVICE =
            Set.of("org.springframework.web.bind.annotation.RestControllerAdvice");
    public static final Set<String> SPRING_REQUEST_MAPPING =
            Set.of("org.springframework.web.bind.annotation.RequestMapping");
    public static final Set<String> SPRING_REQUEST_METHOD =
            Set.of("org.springframework.web.bind.annotation.RequestMethod");
    public static final Set<String> SPRING_RESPONSE_STATUS =
            Set.of("org.springframework.web.bind.annotation.ResponseStatus");
    public static final Set<String> SPRING_HTTP_STATUS = Set.of("org.springframework.http.HttpStatus");
    public static final Set<String> SPRING_HTTP_STATUS_CODE = Set.of("org.springframework.http.HttpStatusCode");
    public static final Set<String> SPRING_RESPONSE_ENTITY = Set.of("org.springframework.http.ResponseEntity");
    public static final Set<String> SPRING_MODEL_AND_VIEW =
            Set.of("org.springframework.web.servlet.ModelAndView");
    public static final Set<String> SPRING_REDIRECT_VIEW =
            Set.of("org.springframework.web.servlet.view.RedirectView");
    public static final Set<String> SPRING_REACTIVE_REDIRECT_VIEW =
            Set.of("org.springframework.web.reactive.result.view.RedirectView");
    public static final Set<String> SPRING_URL_BASED_VIEW_RESOLVER =
            Set.of("org.springframework.web.servlet.view.UrlBasedViewResolver",
                    "org.springframework.web.reactive.result.view.UrlBasedViewResolver");

    /**
     * The request types servlets and filters take (the servlet home's entry points), and Spring MVC's
     * interceptors and Spring Security's handlers too: shared by the frameworks built on servlets, so in the
     * core rather than copied into each. The rest of the Servlet API is its home's
     * ({@code frameworks.servlet}).
     */
    public static final Set<String> HTTP_SERVLET_REQUEST =
            Set.of("javax.servlet.http.HttpServletRequest", "jakarta.servlet.http.HttpServletRequest",
                    "javax.servlet.ServletRequest", "jakarta.servlet.ServletRequest");

    /**
     * Response types a servlet's {@code service}/{@code doXxx} methods take, and a filter's, an interceptor's
     * and a Spring Security handler's: shared, as {@link #HTTP_SERVLET_REQUEST} is.
     */
    public static final Set<String> SERVLET_RESPONSE_PARAMETER =
            Set.of("javax.servlet.http.HttpServletResponse", "jakarta.servlet.http.HttpServletResponse",
                    "javax.servlet.ServletResponse", "jakarta.servlet.ServletResponse");

    public static final Set<String> SPRING_HTTP_EXCHANGE =
            Set.of("org.springframework.web.service.annotation.HttpExchange");

    /** Spring's functional routers (MVC and WebFlux), and springdoc's drop-in builders for them. */
    public static final Set<String> SPRING_ROUTER_BUILDERS = Set.of(
            "org.springframework.web.servlet.function.RouterFunctions",
            "org.springframework.web.reactive.function.server.RouterFunctions",
            "org.springdoc.webmvc.core.fn.SpringdocRouteBuilder",
            "org.springdoc.webflux.core.fn.SpringdocRouteBuilder");
    public static final Set<String> SPRING_SERVER_REQUEST = Set.of(
            "org.springframework.web.servlet.function.ServerRequest",
            "org.springframework.web.reactive.function.server.ServerRequest");
    public static final Set<String> SPRING_SERVER_RESPONSE = Set.of(
            "org.springframework.web.servlet.function.ServerResponse",
            "org.springframework.web.reactive.function.server.ServerResponse");

    public static final Set<String> SPRING_SECURITY_AUTHENTICATION =
            Set.of("org.springframework.security.core.Authentication");
    public static final Set<String> SPRING_SECURITY_AUTHENTICATION_EXCEPTION =
            Set.of("org.springframework.security.core.AuthenticationException");
    public static final Set<String> SPRING_SECURITY_ACCESS_DENIED_EXCEPTION =
            Set.of("org.springframework.security.access.AccessDeniedException");

    /** Annotations that name the bean an injection point takes: the value, or {@code @Resource}'s name. */
    public static final Set<String> BEAN_QUALIFIER = Set.of("org.springframework.beans.factory.annotation.Qualifier",
            "javax.inject.Named", "jakarta.inject.Named");
    public static final Set<String> RESOURCE = Set.of("javax.annotation.Resource", "jakarta.annotation.Resource");
    /** Annotations that make a class a bean named by their value, or after the class when it has none. */
    public static final Set<String> BEAN_STEREOTYPE = Set.of("org.springframework.stereotype.Component",
            "org.springframework.stereotype.Service", "org.springframework.stereotype.Repository",
            "org.springframework.stereotype.Controller", "org.springframework.web.bind.annotation.RestController",
            "javax.inject.Named", "jakarta.inject.Named");

    /** Spring's method-specific mapping shortcuts and the method each one maps. */
    public static final List<String> SPRING_SHORTCUTS = List.of(
            "GetMapping", "PostMapping", "PutMapping", "PatchMapping", "DeleteMapping");

    /** Spring 6.1+ {@code @HttpExchange} shortcuts, also honoured on {@code @Controller} methods. */
    public static final List<String> SPRING_EXCHANGE_SHORTCUTS = List.of(
            "GetExchange", "PostExchange", "PutExchange", "PatchExchange", "DeleteExchange");

    private static final Set<String> ALL = new HashSet<>();

    static {
        for (Set<String> set : List.of(SPRING_CONTROLLER, SPRING_REST_CONTROLLER, SPRING_RESPONSE_BODY,
                SPRING_EXCEPTION_HANDLER, SPRING_CONTROLLER_ADVICE, SPRING_REST_CONTROLLER_ADVICE,
                SPRING_REQUEST_MAPPING, SPRING_REQUEST_METHOD, SPRING_RESPONSE_STATUS, SPRING_HTTP_STATUS,
                SPRING_HTTP_STATUS_CODE, SPRING_RESPONSE_ENTITY, SPRING_MODEL_AND_VIEW, SPRING_REDIRECT_VIEW,
                SPRING_REACTIVE_REDIRECT_VIEW, SPRING_URL_BASED_VIEW_RESOLVER,
                HTTP_SERVLET_REQUEST, SERVLET_RESPONSE_PARAMETER,
                SPRING_HTTP_EXCHANGE, SPRING_ROUTER_BUILDERS,
                SPRING_SERVER_REQUEST, SPRING_SERVER_RESPONSE, SPRING_SECURITY_AUTHENTICATION,
                SPRING_SECURITY_AUTHENTICATION_EXCEPTION, SPRING_SECURITY_ACCESS_DENIED_EXCEPTION, BEAN_QUALIFIER, RESOURCE, BEAN_STEREOTYPE)) {
            ALL.addAll(set);
        }
        SPRING_SHORTCUTS.forEach(name -> ALL.add("org.springframework.web.bind.annotation." + name));
        SPRING_EXCHANGE_SHORTCUTS.forEach(name -> ALL.add("org.springframework.web.service.annotation." + name));
        ALL.add("org.springframework.web.bind.annotation.RequestMethod");
    }

    private KnownTypes() {}

    public static boolean isKnown(String fqn) {
        return Installed.ALL.contains(fqn);
    }

    /** These types, every status-constant owner's, and the framework homes', built on first use. */
    private static final class Installed {
        static final Set<String> ALL = new HashSet<>(KnownTypes.ALL);

        static {
            ALL.addAll(StatusConstants.owners());
            FrameworkFacts.installed().forEach(home -> ALL.addAll(home.apiTypes()));
        }
    }

    /** True for a static member the catalogue knows, such as {@code ...HttpStatus.FOUND}. */
    public static boolean isKnownMember(String qualifiedMember) {
        return StatusConstants.codeOf(qualifiedMember).isPresent()
                || StringConstants.valueOf(qualifiedMember).isPresent();
    }
}
