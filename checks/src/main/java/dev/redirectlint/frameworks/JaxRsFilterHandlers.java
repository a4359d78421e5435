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
 * JAX-RS request filters see requests of every method: {@code filter(ContainerRequestContext)} of a
 * {@code ContainerRequestFilter}, which may answer at once with {@code abortWith(response)}. A redirect
 * response there is reported as {@code any-method-302}, like a servlet filter's.
 */
public final class JaxRsFilterHandlers implements HandlerFramework {

    @Override
    public List<Handler> handlers(TypeDeclaration<?> type, TypeNames names) {
        if (!(type instanceof ClassOrInterfaceDeclaration declaration) || declaration.isInterface()) {
            return List.of();
        }
        List<Handler> handlers = new ArrayList<>();
        for (MethodDeclaration method : declaration.getMethods()) {
            if (method.getNameAsString().equals("filter") && method.getBody().isPresent()
                    && method.getParameters().size() == 1
                    && names.isType(method.getParameter(0).getType(), KnownTypes.JAXRS_CONTAINER_REQUEST_CONTEXT)) {
                handlers.add(new Handler(Framework.JAX_RS_FILTER, type, method, AcceptedMethods.anyMethod(), false, false));
            }
        }
        return handlers;
    }
}
