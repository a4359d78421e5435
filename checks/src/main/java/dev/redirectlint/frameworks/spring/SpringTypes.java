package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import dev.redirectlint.java.Annotations;
import dev.redirectlint.java.SourceFile;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Mechanism;
import dev.redirectlint.redirects.HandlerContext;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spring MVC, WebFlux and Spring Security: their type names, the {@code Framework}s and the mechanisms they
 * report. The names and message keys ({@code location.RESPONSE_ENTITY}) are those they had in the core, so
 * reports, baselines and fingerprints do not change.
 */
final class SpringTypes {

    static final Framework MVC = new Framework("SPRING_MVC", "Spring MVC");
    static final Framework INTERCEPTOR = new Framework("SPRING_INTERCEPTOR", "Spring MVC interceptor");
    static final Framework FUNCTIONAL = new Framework("SPRING_FUNCTIONAL", "Spring functional endpoints");
    static final Framework SECURITY = new Framework("SPRING_SECURITY", "Spring Security handler");

    static final Mechanism VIEW_NAME_MECHANISM = new Mechanism("VIEW_NAME", "a \"redirect:\" view name", false);
    static final Mechanism MODEL_AND_VIEW_MECHANISM = new Mechanism(
            "MODEL_AND_VIEW", "a ModelAndView with a \"redirect:\" view", false);
    static final Mechanism REDIRECT_VIEW = new Mechanism("REDIRECT_VIEW", "a RedirectView", false);
    static final Mechanism RESPONSE_STATUS = new Mechanism("RESPONSE_STATUS", "@ResponseStatus", true);
    static final Mechanism RESPONSE_ENTITY = new Mechanism("RESPONSE_ENTITY", "a ResponseEntity status", true);
    static final Mechanism SERVER_RESPONSE = new Mechanism(
            "SERVER_RESPONSE", "a Spring ServerResponse status", true);

    static final Set<String> RESPONSE_ENTITY_TYPE = Set.of("org.springframework.http.ResponseEntity");
    static final Set<String> CONTROLLER = Set.of("org.springframework.stereotype.Controller");

    /** The parameter of a {@code WebRequestInterceptor}'s {@code preHandle}. */
    static final Set<String> WEB_REQUEST = Set.of("org.springframework.web.context.request.WebRequest");

    static final Set<String> REST_CONTROLLER =
            Set.of("org.springframework.web.bind.annotation.RestController");

    static final Set<String> RESPONSE_BODY =
            Set.of("org.springframework.web.bind.annotation.ResponseBody");

    static final Set<String> EXCEPTION_HANDLER =
            Set.of("org.springframework.web.bind.annotation.ExceptionHandler");

    static final Set<String> CONTROLLER_ADVICE =
            Set.of("org.springframework.web.bind.annotation.ControllerAdvice");

    static final Set<String> REST_CONTROLLER_ADVICE =
            Set.of("org.springframework.web.bind.annotation.RestControllerAdvice");

    static final Set<String> REQUEST_MAPPING =
            Set.of("org.springframework.web.bind.annotation.RequestMapping");

    static final Set<String> REQUEST_METHOD =
            Set.of("org.springframework.web.bind.annotation.RequestMethod");

    static final Set<String> RESPONSE_STATUS_TYPE =
            Set.of("org.springframework.web.bind.annotation.ResponseStatus");

    static final Set<String> HTTP_STATUS = Set.of("org.springframework.http.HttpStatus");

    static final Set<String> HTTP_STATUS_CODE = Set.of("org.springframework.http.HttpStatusCode");

    static final Set<String> MODEL_AND_VIEW =
            Set.of("org.springframework.web.servlet.ModelAndView");

    static final Set<String> REDIRECT_VIEW_TYPE =
            Set.of("org.springframework.web.servlet.view.RedirectView");

    static final Set<String> REACTIVE_REDIRECT_VIEW =
            Set.of("org.springframework.web.reactive.result.view.RedirectView");

    static final Set<String> URL_BASED_VIEW_RESOLVER =
            Set.of("org.springframework.web.servlet.view.UrlBasedViewResolver",
                    "org.springframework.web.reactive.result.view.UrlBasedViewResolver");

    static final Set<String> HTTP_EXCHANGE =
            Set.of("org.springframework.web.service.annotation.HttpExchange");

    /** Spring's functional routers (MVC and WebFlux), and springdoc's drop-in builders for them. */
    static final Set<String> ROUTER_BUILDERS = Set.of(
            "org.springframework.web.servlet.function.RouterFunctions",
            "org.springframework.web.reactive.function.server.RouterFunctions",
            "org.springdoc.webmvc.core.fn.SpringdocRouteBuilder",
            "org.springdoc.webflux.core.fn.SpringdocRouteBuilder");

    static final Set<String> SERVER_REQUEST = Set.of(
            "org.springframework.web.servlet.function.ServerRequest",
            "org.springframework.web.reactive.function.server.ServerRequest");

    static final Set<String> SERVER_RESPONSE_TYPE = Set.of(
            "org.springframework.web.servlet.function.ServerResponse",
            "org.springframework.web.reactive.function.server.ServerResponse");

    static final Set<String> SECURITY_AUTHENTICATION =
            Set.of("org.springframework.security.core.Authentication");

    static final Set<String> SECURITY_AUTHENTICATION_EXCEPTION =
            Set.of("org.springframework.security.core.AuthenticationException");

    static final Set<String> SECURITY_ACCESS_DENIED_EXCEPTION =
            Set.of("org.springframework.security.access.AccessDeniedException");

    /** Spring's method-specific mapping shortcuts and the method each one maps. */
    static final List<String> SHORTCUTS = List.of(
            "GetMapping", "PostMapping", "PutMapping", "PatchMapping", "DeleteMapping");

    /** Spring 6.1+ {@code @HttpExchange} shortcuts, also honoured on {@code @Controller} methods. */
    static final List<String> EXCHANGE_SHORTCUTS = List.of(
            "GetExchange", "PostExchange", "PutExchange", "PatchExchange", "DeleteExchange");

    private SpringTypes() {}

    /** {@code @ResponseStatus} on the handler method, else on its class (Spring checks in that order). */
    static Optional<AnnotationExpr> responseStatus(HandlerContext context) {
        if (!SpringHandlerDetails.of(context.handler()).readsResponseStatus()) {
            return Optional.empty(); // not invoked as a handler method: Spring does not read the annotation
        }
        Optional<AnnotationExpr> onMethod =
                Annotations.find(context.handler().method(), RESPONSE_STATUS_TYPE, context.names());
        if (onMethod.isPresent()) {
            return onMethod;
        }
        TypeNames typeNames = SourceFile.require(context.handler().type()).names();
        return Annotations.find(context.handler().type(), RESPONSE_STATUS_TYPE, typeNames);
    }

    /** The status expression of a {@code @ResponseStatus}: {@code value} or {@code code}. */
    static Optional<Expression> responseStatusValue(AnnotationExpr annotation) {
        Optional<Expression> value = Annotations.attribute(annotation, "value");
        return value.isPresent() ? value : Annotations.attribute(annotation, "code");
    }
}
