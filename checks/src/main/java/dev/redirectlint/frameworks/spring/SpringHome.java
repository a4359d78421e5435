package dev.redirectlint.frameworks.spring;

import dev.redirectlint.fix.ProjectFix;
import dev.redirectlint.frameworks.FrameworkHome;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.SourceSetting;
import dev.redirectlint.java.StatusConstants;
import dev.redirectlint.model.LibraryVersions;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.RedirectDetector;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spring MVC and WebFlux: annotated controllers and their {@code @ExceptionHandler}s, interceptors, Spring
 * Security's entry points and functional endpoints; {@code redirect:} views, {@code ModelAndView},
 * {@code RedirectView}, {@code ResponseEntity} and {@code ServerResponse} statuses, and {@code @ResponseStatus}
 * (a fallback).
 *
 * <p>Still in the core: the bean annotations of {@code KnownTypes} that the injection of helpers shares with CDI.
 */
public final class SpringHome implements FrameworkHome {

    /** Spring MVC, whose DispatcherServlet passes a ModelAndView's status to its redirect since 5.3.14. */
    static final String SPRING_WEBMVC = "org.springframework:spring-webmvc";

    /**
     * False if the code compiles against a spring-webmvc older than 5.3.14, where a redirect ignores the
     * status of the ModelAndView that holds it (DispatcherServlet passes it on since then): fixes that give a
     * ModelAndView a status are then not offered. True when the version is not known.
     */
    static boolean modelAndViewStatus(LibraryVersions libraries) {
        return libraries.atLeast(SPRING_WEBMVC, 5, 3, 14);
    }

    /** Its fixes give a ModelAndView a status only from spring-webmvc 5.3.14 on ({@link #modelAndViewStatus}). */
    @Override
    public Set<String> libraries() {
        return Set.of(SPRING_WEBMVC);
    }

    @Override
    public List<HandlerFramework> handlerFrameworks() {
        return List.of(new SpringMvcHandlers(), new SpringExceptionHandlers(), new SpringExceptionResolvers(),
                new SpringInterceptorHandlers(), new SpringSecurityHandlers(), new SpringFunctionalHandlers());
    }

    /** Its controllers, interceptors and security handlers came before routes registered in code in the core. */
    @Override
    public boolean claimsBeforeCodeRoutes() {
        return true;
    }

    @Override
    public List<RedirectDetector> redirectDetectors() {
        return List.of(new ViewRedirects(), new ResponseEntityRedirects(), new ServerResponseRedirects());
    }

    /** {@code @ResponseStatus}: reported only when no other detector found a redirect. */
    @Override
    public List<RedirectDetector> fallbackDetectors() {
        return List.of(new ResponseStatusRedirects());
    }

    /** {@code redirectHttp10Compatible=false}: every {@code redirect:} view answers 303. */
    @Override
    public List<SourceSetting> sourceSettings() {
        return List.of(new RedirectHttp10Setting());
    }

    /** One setting that turns every {@code redirect:} view into a 303, instead of an edit of each handler. */
    @Override
    public List<ProjectFix> projectFixes() {
        return List.of(new ViewResolverSetting());
    }

    @Override
    public List<Mechanism> mechanisms() {
        return List.of(SpringTypes.VIEW_NAME_MECHANISM, SpringTypes.MODEL_AND_VIEW_MECHANISM, SpringTypes.REDIRECT_VIEW,
                SpringTypes.RESPONSE_STATUS, SpringTypes.RESPONSE_ENTITY, SpringTypes.SERVER_RESPONSE);
    }

    /** {@code new ResponseEntity<>(headers, FOUND)}: headers made elsewhere may hold the Location. */
    @Override
    public Set<String> headerCarryingTypes() {
        return SpringTypes.RESPONSE_ENTITY_TYPE;
    }

    @Override
    public Set<String> apiTypes() {
        Set<String> types = new HashSet<>();
        for (Set<String> set : List.of(SpringTypes.CONTROLLER, SpringTypes.REST_CONTROLLER, SpringTypes.RESPONSE_BODY,
                SpringTypes.EXCEPTION_HANDLER, SpringTypes.CONTROLLER_ADVICE, SpringTypes.REST_CONTROLLER_ADVICE,
                SpringTypes.REQUEST_MAPPING, SpringTypes.REQUEST_METHOD, SpringTypes.RESPONSE_STATUS_TYPE,
                SpringTypes.HTTP_STATUS, SpringTypes.HTTP_STATUS_CODE, SpringTypes.MODEL_AND_VIEW, SpringTypes.RESPONSE_ENTITY_TYPE,
                SpringTypes.REDIRECT_VIEW_TYPE, SpringTypes.REACTIVE_REDIRECT_VIEW, SpringTypes.URL_BASED_VIEW_RESOLVER,
                SpringTypes.HTTP_EXCHANGE, SpringTypes.ROUTER_BUILDERS, SpringTypes.SERVER_REQUEST,
                SpringTypes.SERVER_RESPONSE_TYPE, SpringTypes.SECURITY_AUTHENTICATION,
                SpringTypes.SECURITY_AUTHENTICATION_EXCEPTION, SpringTypes.SECURITY_ACCESS_DENIED_EXCEPTION)) {
            types.addAll(set);
        }
        SpringTypes.SHORTCUTS.forEach(name -> types.add("org.springframework.web.bind.annotation." + name));
        SpringTypes.EXCHANGE_SHORTCUTS.forEach(name -> types.add("org.springframework.web.service.annotation." + name));
        return types;
    }

    /**
     * {@code HttpStatus}: the names other libraries share ({@code StatusConstants.springNames()}), and the
     * deprecated {@code MOVED_TEMPORARILY}.
     */
    @Override
    public List<StatusConstants.Owner> statusConstants() {
        Map<String, Integer> codes = new LinkedHashMap<>();
        StatusConstants.springNames().forEach((name, code) -> {
            codes.put(name, code);
            if (name.equals("FOUND")) {
                codes.put("MOVED_TEMPORARILY", 302);
            }
        });
        return List.of(StatusConstants.Owner.of("org.springframework.http.HttpStatus", false, codes));
    }

    /** The view resolvers' prefixes, of which a view name may be made: {@code REDIRECT_URL_PREFIX + url}. */
    @Override
    public Map<String, String> stringConstants() {
        return Map.of(
                "org.springframework.web.servlet.view.UrlBasedViewResolver.REDIRECT_URL_PREFIX", "redirect:",
                "org.springframework.web.servlet.view.UrlBasedViewResolver.FORWARD_URL_PREFIX", "forward:",
                "org.springframework.web.reactive.result.view.UrlBasedViewResolver.REDIRECT_URL_PREFIX", "redirect:");
    }

    /** {@code HttpStatus.valueOf(302)}, {@code HttpStatus.resolve(302)}, {@code HttpStatusCode.valueOf(302)}. */
    @Override
    public Set<String> statusFactoryTypes() {
        Set<String> types = new HashSet<>(SpringTypes.HTTP_STATUS);
        types.addAll(SpringTypes.HTTP_STATUS_CODE);
        return types;
    }

    /**
     * {@code RedirectView} and {@code REDIRECT_URL_PREFIX}; the annotations, types and method names its
     * controllers, interceptors, security handlers and functional routes are declared with.
     */
    @Override
    public Words words() {
        List<String> annotations = List.of("RequestMapping", "GetMapping", "PostMapping", "PutMapping", "PatchMapping",
                "DeleteMapping", "HttpExchange", "GetExchange", "PostExchange", "PutExchange", "PatchExchange",
                "DeleteExchange", "ExceptionHandler");
        List<String> markers = List.of(
                // annotated controllers (MVC and WebFlux), HTTP interfaces
                "Controller", "RestController", "RequestMapping", "GetMapping", "PostMapping", "PutMapping",
                "PatchMapping", "DeleteMapping", "HttpExchange", "GetExchange", "PostExchange", "PutExchange",
                "PatchExchange", "DeleteExchange", "ResponseStatus", "ExceptionHandler",
                // interceptors and security handlers
                "HandlerInterceptor", "AsyncHandlerInterceptor", "HandlerInterceptorAdapter", "WebRequestInterceptor",
                "preHandle",
                "onAuthenticationSuccess", "onAuthenticationFailure", "onLogoutSuccess", "commence",
                "AccessDeniedException",
                // exception resolvers
                "HandlerExceptionResolver", "resolveException", "doResolveException",
                // functional endpoints
                "RouterFunctions", "RouterFunction", "SpringdocRouteBuilder", "ServerRequest");
        List<String> routing = List.of("RouterFunctions", "SpringdocRouteBuilder", "ServerRequest");
        List<String> entryNames = List.of("preHandle", "onAuthenticationSuccess", "onAuthenticationFailure",
                "onLogoutSuccess", "commence", "handle", "resolveException", "doResolveException");
        return new Words(List.of("RedirectView", "REDIRECT_URL_PREFIX"), markers, routing, List.of(), annotations,
                entryNames);
    }
}
