package dev.redirectlint.frameworks;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.java.KnownTypes;
import dev.redirectlint.java.TypeNames;
import dev.redirectlint.model.Framework;

/**
 * JAX-RS request filters see requests of every method: {@code filter(ContainerRequestContext)} of a
 * {@code ContainerRequestFilter}, which may answer at once with {@code abortWith(response)}. A redirect
 * response there is reported as {@code any-method-302}, like a servlet filter's.
 */
public final class JaxRsFilterHandlers extends EveryMethodEntryPoints {

    public JaxRsFilterHandlers() {
        super(Framework.JAX_RS_FILTER);
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "filter", KnownTypes.JAXRS_CONTAINER_REQUEST_CONTEXT);
    }
}
