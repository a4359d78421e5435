package dev.redirectlint.frameworks.spring;

import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.redirectlint.frameworks.HandlerFramework;
import dev.redirectlint.java.ClassMethods;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.AcceptedMethods;
import dev.redirectlint.model.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.redirectlint.java.Hierarchy;

/**
 * Spring MVC's {@code HandlerExceptionResolver}s: {@code resolveException(request, response, handler, ex)}, and
 * {@code doResolveException} with the same parameters, which {@code AbstractHandlerExceptionResolver} (the base of
 * {@code SimpleMappingExceptionResolver}) calls from it. {@code DispatcherServlet.processHandlerException} asks
 * every resolver about an exception thrown by any handler, whatever the request's method, and renders the
 * {@code ModelAndView} it returns as a handler's: a {@code "redirect:"} view sends 302 (or the ModelAndView's
 * status), so they are handlers of every method whose views are Spring MVC's.
 */
final class SpringExceptionResolvers implements HandlerFramework {

    private static final Set<String> NAMES = Set.of("resolveException", "doResolveException");
    private static final Set<String> SIGNATURES = Set.of("resolveException/4", "doResolveException/4");

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || !ClassMethods.isConcrete(type)
                || !names.index().mayHaveMethod(Hierarchy.qualifiedName(type), SIGNATURES)) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (ClassMethods.Member member : ClassMethods.of(declaration, names)) {
            MethodDeclaration method = member.method();
            if (method.getBody().isPresent() && isResolver(method, member.names())) {
                handlers.add(new Handler(SpringTypes.MVC, type, method, AcceptedMethods.anyMethod(),
                        new SpringHandlerDetails(false, false, false)));
            }
        }
        return handlers;
    }

    /** {@code ModelAndView resolveException(HttpServletRequest, HttpServletResponse, Object, Exception)}. */
    private static boolean isResolver(MethodDeclaration method, TypeNames names) {
        return NAMES.contains(method.getNameAsString()) && method.getParameters().size() == 4
                && names.isType(method.getType(), SpringTypes.MODEL_AND_VIEW)
                && names.isType(method.getParameter(0).getType(), KnownTypes.HTTP_SERVLET_REQUEST)
                && names.isType(method.getParameter(1).getType(), KnownTypes.SERVLET_RESPONSE_PARAMETER)
                && method.getParameter(2).getType().asString().equals("Object");
    }
}
