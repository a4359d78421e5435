package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Framework;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;

/**
 * Spring MVC interceptors run before the handler for requests of every method:
 * {@code preHandle(HttpServletRequest, HttpServletResponse, Object)} of a {@code HandlerInterceptor}.
 * A redirect there (typically to a login page) is reported as {@code any-method-302}, like a filter's.
 */
public final class SpringInterceptorHandlers implements HandlerFramework {

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (MethodDeclaration method : declaration.getMethods()) {
            if (method.getNameAsString().equals("preHandle") && method.getBody().isPresent()
                    && method.getParameters().size() == 3
                    && names.isType(method.getParameter(0).getType(), KnownTypes.HTTP_SERVLET_REQUEST)
                    && names.isType(method.getParameter(1).getType(), KnownTypes.SERVLET_RESPONSE_PARAMETER)
                    && method.getParameter(2).getType().asString().equals("Object")) {
                handlers.add(new Handler(Framework.SPRING_INTERCEPTOR, type, method, AcceptedMethods.anyMethod(),
                        false, false));
            }
        }
        return handlers;
    }
}
