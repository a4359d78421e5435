package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.frameworks.EveryMethodEntryPoints;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import java.util.Set;

/**
 * Spring MVC interceptors run before the handler for requests of every method:
 * {@code preHandle(HttpServletRequest, HttpServletResponse, Object)} of a {@code HandlerInterceptor}, and
 * {@code preHandle(WebRequest)} of a {@code WebRequestInterceptor}, which Spring MVC runs through
 * {@code WebRequestHandlerInterceptorAdapter}: its {@code preHandle} passes a {@code DispatcherServletWebRequest}
 * holding the response, so {@code ((ServletWebRequest) request).getResponse().sendRedirect(url)} redirects.
 * A redirect there (typically to a login page) is reported as {@code any-method-302}, like a filter's.
 */
final class SpringInterceptorHandlers extends EveryMethodEntryPoints {

    SpringInterceptorHandlers() {
        super(SpringTypes.INTERCEPTOR);
    }

    @Override
    protected Set<String> entrySignatures() {
        return Set.of("preHandle/3", "preHandle/1");
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "preHandle", KnownTypes.HTTP_SERVLET_REQUEST,
                KnownTypes.SERVLET_RESPONSE_PARAMETER, Signatures.OBJECT)
                || Signatures.is(method, names, "preHandle", SpringTypes.WEB_REQUEST);
    }
}
