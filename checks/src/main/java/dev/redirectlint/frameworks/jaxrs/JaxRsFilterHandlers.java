package dev.redirectlint.frameworks.jaxrs;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.redirectlint.frameworks.EveryMethodEntryPoints;
import dev.redirectlint.frameworks.Signatures;
import dev.redirectlint.java.TypeNames;
import java.util.Set;

/**
 * JAX-RS request filters see requests of every method: {@code filter(ContainerRequestContext)} of a
 * {@code ContainerRequestFilter}, which may answer at once with {@code abortWith(response)}. A redirect
 * response there is reported as {@code any-method-302}, like a servlet filter's.
 */
public final class JaxRsFilterHandlers extends EveryMethodEntryPoints {

    public JaxRsFilterHandlers() {
        super(JaxRsTypes.FILTER_FRAMEWORK);
    }

    @Override
    protected Set<String> entrySignatures() {
        return Set.of("filter/1");
    }

    @Override
    protected boolean isEntryPoint(MethodDeclaration method, TypeNames names) {
        return Signatures.is(method, names, "filter", JaxRsTypes.CONTAINER_REQUEST_CONTEXT);
    }
}
