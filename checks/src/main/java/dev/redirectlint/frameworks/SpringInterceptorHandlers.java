package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;

/**
 * Spring MVC interceptors run before the handler for requests of every method:
 * {@code preHandle(HttpServletRequest, HttpServletResponse, Object)} of a {@code HandlerInterceptor}.
 * A redirect there (typically to a login page) is reported as {@code any-method-302}, like a filter's.
 */
public final class SpringInterceptorHandlers extends EveryMethodEntryPoints {

    public SpringInterceptorHandlers() {
        super(Framework.SPRING_INTERCEPTOR);
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "preHandle", KnownTypes.HTTP_SERVLET_REQUEST,
                KnownTypes.SERVLET_RESPONSE_PARAMETER, Signatures.OBJECT);
    }
}
