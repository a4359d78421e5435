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
import java.util.Set;

/**
 * Servlet filters answer requests of every method before any handler runs: {@code doFilter(ServletRequest,
 * ServletResponse, FilterChain)} of a {@code Filter} and Spring's {@code doFilterInternal(HttpServletRequest,
 * HttpServletResponse, FilterChain)}. A redirect there is reported as {@code any-method-302}.
 */
public final class ServletFilterHandlers implements HandlerFramework {

    private static final Set<String> FILTER_METHODS = Set.of("doFilter", "doFilterInternal");

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (MethodDeclaration method : declaration.getMethods()) {
            if (FILTER_METHODS.contains(method.getNameAsString()) && method.getBody().isPresent()
                    && method.getParameters().size() == 3
                    && names.isType(method.getParameter(0).getType(), KnownTypes.HTTP_SERVLET_REQUEST)
                    && names.isType(method.getParameter(1).getType(), KnownTypes.SERVLET_RESPONSE_PARAMETER)
                    && names.isType(method.getParameter(2).getType(), KnownTypes.FILTER_CHAIN)) {
                handlers.add(new Handler(Framework.SERVLET_FILTER, type, method, AcceptedMethods.anyMethod(), false, false));
            }
        }
        return handlers;
    }
}
